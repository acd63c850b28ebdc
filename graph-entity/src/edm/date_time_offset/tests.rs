//! The `Edm.DateTimeOffset` tests: parsing, exact round trips, ordering and errors.

use super::*;

const ROUND_TRIPS: &[&str] = &[
    "2017-01-01T00:02:54.239458+03:00",
    "2017-01-01T00:02:49.3205976-08:00",
    "2024-05-01T10:00:00Z",
    "2024-05-01T10:00:00+00:00",
    "2024-05-01T10:00:00-00:00",
    "0001-01-01T00:00:00Z",
    "9999-12-31T23:59:59.9999999Z",
    "9999-12-31T23:59:59.999999999-23:59",
    "0000-01-01T00:00:00+23:59",
    "2024-02-29T12:34:56.1Z",
    "2024-02-29T12:34:56.10Z",
    "2024-02-29T12:34:56.100Z",
    "2024-02-29T12:34:56.1000Z",
    "2024-02-29T12:34:56.00000Z",
    "2024-02-29T12:34:56.000000000Z",
    "2024-02-29T12:34:56.12345678+05:30",
    "2024-02-29T12:34:56.123456789-09:30",
    "2023-12-31T23:59:59-00:01",
];

fn parse_ok(s: &str) -> DateTimeOffset {
    match s.parse() {
        Ok(value) => value,
        Err(err) => panic!("{s:?} did not parse: {err}"),
    }
}

fn utc(s: &str) -> OffsetDateTime {
    parse_ok(s).value()
}

#[test]
fn display_round_trips() {
    for s in ROUND_TRIPS {
        let value = parse_ok(s);
        assert_eq!(value.to_string(), *s);
        assert_eq!(parse_ok(&value.to_string()), value);
    }
}

#[test]
fn serde_round_trips() {
    for s in ROUND_TRIPS {
        let json = format!("\"{s}\"");
        let value: DateTimeOffset = serde_json::from_str(&json).unwrap();
        assert_eq!(value, parse_ok(s));
        assert_eq!(serde_json::to_string(&value).unwrap(), json);
        // Owned strings (serde_json::Value) take the `visit_string` path.
        let from_value: DateTimeOffset =
            serde_json::from_value(serde_json::Value::String((*s).to_owned())).unwrap();
        assert_eq!(from_value, value);
        // Escaped strings are transient, not borrowed.
        let escaped = json.replacen('T', "\\u0054", 1);
        let from_escaped: DateTimeOffset = serde_json::from_str(&escaped).unwrap();
        assert_eq!(from_escaped, value);
    }
}

#[test]
fn fraction_digits_are_counted() {
    assert_eq!(parse_ok("2024-05-01T10:00:00Z").fraction_digits(), 0);
    assert_eq!(parse_ok("2024-05-01T10:00:00.100Z").fraction_digits(), 3);
    assert_eq!(
        parse_ok("2017-01-01T00:02:54.239458+03:00").fraction_digits(),
        6
    );
    assert_eq!(
        parse_ok("2017-01-01T00:02:49.3205976-08:00").fraction_digits(),
        7
    );
    assert_eq!(
        parse_ok("2024-05-01T10:00:00.100Z").value().nanosecond(),
        100_000_000
    );
    assert_eq!(
        utc("2017-01-01T00:02:49.3205976-08:00").nanosecond(),
        320_597_600
    );
    assert_eq!(
        utc("2024-05-01T10:00:00.123456789Z").nanosecond(),
        123_456_789
    );
}

#[test]
fn lowercase_separators_are_normalised() {
    let value = parse_ok("2024-05-01t10:00:00.5z");
    assert_eq!(value.to_string(), "2024-05-01T10:00:00.5Z");
    assert_eq!(value, parse_ok("2024-05-01T10:00:00.5Z"));
}

#[test]
fn instants_are_compared() {
    let moscow = parse_ok("2017-01-01T00:02:54.239458+03:00");
    let utc = parse_ok("2016-12-31T21:02:54.239458Z");
    assert!(moscow.same_instant(&utc));
    assert_ne!(moscow, utc);
    assert_eq!(moscow.value(), utc.value());
    assert_eq!(moscow.value().unix_timestamp(), 1_483_218_174);
    assert_eq!(moscow.value().nanosecond(), 239_458_000);
    assert_eq!(moscow.value().offset().whole_hours(), 3);

    let pacific = parse_ok("2017-01-01T00:02:49.3205976-08:00");
    assert!(pacific.same_instant(&parse_ok("2017-01-01T08:02:49.3205976Z")));
    assert!(pacific.same_instant(&parse_ok("2017-01-01T08:02:49.320597600+00:00")));
    assert_eq!(pacific.value().offset().whole_hours(), -8);
    assert_eq!(
        parse_ok("2024-01-01T00:00:00-09:30")
            .value()
            .offset()
            .whole_minutes(),
        -570
    );
    assert!(parse_ok("2024-01-01T00:00:00-00:00").same_instant(&parse_ok("2024-01-01T00:00:00Z")));

    // Z, +00:00 and -00:00 are the same instant but different values.
    let z = parse_ok("2024-05-01T10:00:00Z");
    let plus = parse_ok("2024-05-01T10:00:00+00:00");
    let minus = parse_ok("2024-05-01T10:00:00-00:00");
    assert!(z.same_instant(&plus) && z.same_instant(&minus));
    assert!(z != plus && z != minus && plus != minus);
    assert_ne!(
        parse_ok("2024-05-01T10:00:00.1Z"),
        parse_ok("2024-05-01T10:00:00.10Z")
    );
}

#[test]
fn ordering_is_by_instant_first() {
    let earlier = parse_ok("2024-05-01T12:00:00+03:00");
    let later = parse_ok("2024-05-01T10:00:00Z");
    assert!(earlier < later);
    assert!(parse_ok("2024-05-01T10:00:00.1Z") < parse_ok("2024-05-01T10:00:00.10Z"));
    assert!(DateTimeOffset::NEVER < earlier);
    let mut sorted: Vec<DateTimeOffset> = ROUND_TRIPS.iter().map(|s| parse_ok(s)).collect();
    sorted.sort();
    for pair in sorted.windows(2) {
        assert!(pair[0].value() <= pair[1].value());
        assert_eq!(pair[0] == pair[1], pair[0].cmp(&pair[1]) == Ordering::Equal);
    }
}

#[test]
fn year_one_and_never() {
    let never = parse_ok("0001-01-01T00:00:00Z");
    assert_eq!(never, DateTimeOffset::never());
    assert_eq!(never, DateTimeOffset::NEVER);
    assert!(never.is_never());
    assert_eq!(DateTimeOffset::never().to_string(), "0001-01-01T00:00:00Z");
    assert_eq!(never.value().year(), 1);
    assert!(parse_ok("0001-01-01T00:00:00+00:00").is_never());
    assert!(!parse_ok("0001-01-01T00:00:00.0000001Z").is_never());
    assert!(!parse_ok("2024-05-01T10:00:00Z").is_never());
    // Before the start of year 1 in UTC.
    let early = parse_ok("0001-01-01T00:00:00+01:00");
    assert_eq!(early.value().year(), 1);
    assert!(early < never);
    assert_eq!(early.to_string(), "0001-01-01T00:00:00+01:00");
    // After the end of year 9999 in UTC.
    let late = parse_ok("9999-12-31T23:59:59.9999999-23:59");
    assert!(late > parse_ok("9999-12-31T23:59:59.9999999Z"));
}

#[test]
fn new_chooses_digits_and_offset() {
    let base = utc("2024-05-01T10:00:00Z");
    let cases = [
        (0, "2024-05-01T10:00:00Z"),
        (100_000_000, "2024-05-01T10:00:00.1000000Z"),
        (320_597_600, "2024-05-01T10:00:00.3205976Z"),
        (239_458_000, "2024-05-01T10:00:00.2394580Z"),
        (1, "2024-05-01T10:00:00.000000001Z"),
        (123_456_789, "2024-05-01T10:00:00.123456789Z"),
    ];
    for (nanosecond, expected) in cases {
        let value = DateTimeOffset::new(base.replace_nanosecond(nanosecond).unwrap());
        assert_eq!(value.to_string(), expected);
        assert_eq!(value.value().nanosecond(), nanosecond);
        assert_eq!(parse_ok(expected), value);
    }

    let minus_eight = UtcOffset::from_hms(-8, 0, 0).unwrap();
    let pacific = DateTimeOffset::from(utc("2017-01-01T08:02:49.3205976Z").to_offset(minus_eight));
    assert_eq!(pacific.to_string(), "2017-01-01T00:02:49.3205976-08:00");
    assert_eq!(pacific.fraction_digits(), 7);
    assert_eq!(OffsetDateTime::from(pacific), pacific.value());
    let plus_zero = parse_ok("2024-05-01T10:00:00+00:00");
    assert_eq!(
        DateTimeOffset::new(plus_zero.value()).to_string(),
        "2024-05-01T10:00:00Z"
    );
}

#[test]
fn new_writes_unparseable_values_in_extended_form() {
    let odd_offset = UtcOffset::from_hms(-25, -30, -15).unwrap();
    let value = DateTimeOffset::new(utc("2024-05-01T10:00:00Z").to_offset(odd_offset));
    assert_eq!(value.to_string(), "2024-04-30T08:29:45-25:30:15");
    assert!(value.to_string().parse::<DateTimeOffset>().is_err());

    let base = utc("0001-01-01T00:00:00Z");
    let year_minus_one = DateTimeOffset::new(base.replace_year(-1).unwrap());
    assert_eq!(year_minus_one.to_string(), "-000001-01-01T00:00:00Z");
    let year_zero = DateTimeOffset::new(base.replace_year(0).unwrap());
    assert_eq!(year_zero.to_string(), "0000-01-01T00:00:00Z");
    let min = DateTimeOffset::new(OffsetDateTime::new_in_offset(
        Date::MIN,
        Time::MIDNIGHT,
        odd_offset,
    ));
    assert!(min.to_string().starts_with("-00"));
    let max = DateTimeOffset::new(OffsetDateTime::new_in_offset(
        Date::MAX,
        Time::MAX,
        odd_offset,
    ));
    assert!(max.to_string().ends_with(".999999999-25:30:15"));
    assert_eq!(format!("{max:>50}").len(), 50);
}

#[test]
fn display_honours_padding() {
    let value = parse_ok("2024-05-01T10:00:00Z");
    assert_eq!(format!("[{value:>22}]"), "[  2024-05-01T10:00:00Z]");
    assert_eq!(format!("[{value:<21}]"), "[2024-05-01T10:00:00Z ]");
}

const BAD: &[&str] = &[
    "",
    " ",
    "2024",
    "2024-05-01",
    "2024-05-01T10:00",
    "2024-05-01T10:00Z",
    "2024-05-01T10:00:00",
    "2024-05-01T10:00:00.5",
    "2024-05-01T10:00:00.",
    "2024-05-01T10:00:00.Z",
    "2024-05-01T10:00:00.1234567890Z",
    "2024-05-01T10:00:00.12345678901234567890123456789Z",
    "2024-13-01T00:00:00Z",
    "2024-00-01T00:00:00Z",
    "2024-01-32T00:00:00Z",
    "2024-01-00T00:00:00Z",
    "2024-02-30T00:00:00Z",
    "2023-02-29T00:00:00Z",
    "2024-04-31T00:00:00Z",
    "2024-05-01T24:00:00Z",
    "2024-05-01T10:60:00Z",
    "2024-05-01T10:00:60Z",
    "2016-12-31T23:59:60Z",
    "2024-05-01T10:00:00+24:00",
    "2024-05-01T10:00:00-24:00",
    "2024-05-01T10:00:00+25:59",
    "2024-05-01T10:00:00+23:60",
    "2024-05-01T10:00:00+99:99",
    "2024-05-01T10:00:00+0300",
    "2024-05-01T10:00:00+03",
    "2024-05-01T10:00:00+3:00",
    "2024-05-01T10:00:00+03:00:00",
    "2024-05-01T10:00:00UTC",
    "2024-05-01T10:00:00 Z",
    "2024-05-01T10:00:00ZZ",
    "2024-05-01T10:00:00Z ",
    " 2024-05-01T10:00:00Z",
    "2024-05-01T10:00:00Zgarbage",
    "2024-05-01T10:00:00+03:00x",
    "2024-05-01 10:00:00Z",
    "2024-05-01X10:00:00Z",
    "2024/05/01T10:00:00Z",
    "2024-05-01T10.00.00Z",
    "24-05-01T10:00:00Z",
    "02024-05-01T10:00:00Z",
    "+002024-05-01T10:00:00Z",
    "-0001-05-01T10:00:00Z",
    "2O24-05-01T10:00:00Z",
    "2024-5-01T10:00:00Z",
    "2024-05-1T10:00:00Z",
    "2024-05-01T1:00:00Z",
    "2024-05-01T10:0a:00Z",
    "2024-05-01T10:00:0aZ",
    "2024-05-01T10:00:00.12a4Z",
    "2024-05-01T10:00:00.-1Z",
    "2024-05-01T10:00:00+0a:00",
    "2024-05-01T10:00:00+00:0a",
    "2024-05-01T10:00:00\u{0}",
    "２０２４-05-01T10:00:00Z",
    "2024-05-01T10:00:00.５Z",
    "2024-05-01T10:00:00−03:00",
    "2024-05-01T10:00:00Ｚ",
    "2024-05-01T10:00:00Zé",
    "é2024-05-01T10:00:00Z",
    "2024-05-01\u{2010}T10:00:00Z",
    "\u{1F600}\u{1F600}\u{1F600}\u{1F600}\u{1F600}",
    "2024-05-01T10:00:00+03:00\u{1F600}",
];

#[test]
fn bad_inputs_are_errors() {
    for s in BAD {
        let result = s.parse::<DateTimeOffset>();
        assert!(result.is_err(), "{s:?} parsed as {result:?}");
        let json = serde_json::to_string(s).unwrap();
        let result = serde_json::from_str::<DateTimeOffset>(&json);
        assert!(result.is_err(), "{json} deserialized as {result:?}");
    }
}

#[test]
fn non_strings_are_deserialization_errors() {
    for json in [
        "null",
        "0",
        "20240501",
        "true",
        "[]",
        "{}",
        "[\"2024-05-01T10:00:00Z\"]",
    ] {
        assert!(
            serde_json::from_str::<DateTimeOffset>(json).is_err(),
            "{json}"
        );
    }
    let value: Option<DateTimeOffset> = serde_json::from_str("null").unwrap();
    assert_eq!(value, None);
}

#[test]
fn error_messages_quote_the_input() {
    let err = "2024-13-01T00:00:00Z"
        .parse::<DateTimeOffset>()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid Edm.DateTimeOffset \"2024-13-01T00:00:00Z\": month out of range; expected \
         YYYY-MM-DDTHH:MM:SS[.fffffff](Z|±HH:MM)"
    );
    let err = "2024-02-30T00:00:00Z"
        .parse::<DateTimeOffset>()
        .unwrap_err();
    assert!(err.to_string().contains("day out of range"), "{err}");
    let err = "2024-05-01T10:00:00".parse::<DateTimeOffset>().unwrap_err();
    assert!(err.to_string().contains("missing offset"), "{err}");
    let err = "".parse::<DateTimeOffset>().unwrap_err();
    assert!(
        err.to_string()
            .starts_with("invalid Edm.DateTimeOffset \"\": "),
        "{err}"
    );
    let boxed: Box<dyn std::error::Error> = Box::new(err);
    assert!(boxed.source().is_none());

    let err = serde_json::from_str::<DateTimeOffset>("\"2024-13-01T00:00:00Z\"").unwrap_err();
    assert!(
        err.to_string().contains("\"2024-13-01T00:00:00Z\""),
        "{err}"
    );
    assert!(err.is_data(), "{err}");

    // Long inputs are shortened to their first 80 characters, at a character boundary.
    let long = "é".repeat(100);
    let err = long.parse::<DateTimeOffset>().unwrap_err();
    let message = err.to_string();
    assert!(
        message.contains(&format!("\"{}...\"", "é".repeat(80))),
        "{message}"
    );
    assert_eq!(err.input(), format!("{}...", "é".repeat(80)));
}

/// Marsaglia's xorshift64.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % u64::try_from(n).unwrap()).unwrap()
    }
}

/// A parsed value must print as its input (with `t`/`z` uppercased) and parse back equal.
fn check(bytes: &[u8]) {
    let Ok(s) = core::str::from_utf8(bytes) else {
        return;
    };
    if let Ok(value) = s.parse::<DateTimeOffset>() {
        let printed = value.to_string();
        assert_eq!(printed, s.replace('t', "T").replace('z', "Z"));
        assert_eq!(printed.parse::<DateTimeOffset>(), Ok(value));
    }
}

#[test]
fn random_inputs_never_panic() {
    const ALPHABET: &[u8] = b"0123456789-:.+TZtz 9\xc3\xa9\xff";
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let mut accepted = 0;
    for round in 0..20_000 {
        let mut bytes = Vec::new();
        if round % 2 == 0 {
            // Mutations of valid inputs.
            let seed = ROUND_TRIPS[rng.below(ROUND_TRIPS.len())].as_bytes();
            bytes.extend_from_slice(seed);
            for _ in 0..=rng.below(3) {
                let position = rng.below(bytes.len() + 1);
                match rng.below(4) {
                    0 if position < bytes.len() => {
                        bytes[position] = ALPHABET[rng.below(ALPHABET.len())];
                    }
                    1 if position < bytes.len() => {
                        bytes.remove(position);
                    }
                    2 => bytes.insert(position, ALPHABET[rng.below(ALPHABET.len())]),
                    _ => bytes.truncate(position),
                }
            }
        } else {
            // Arbitrary bytes, biased towards the alphabet.
            for _ in 0..rng.below(40) {
                let byte = if rng.below(4) == 0 {
                    u8::try_from(rng.next() & 0xff).unwrap()
                } else {
                    ALPHABET[rng.below(ALPHABET.len())]
                };
                bytes.push(byte);
            }
        }
        check(&bytes);
        let lossy = String::from_utf8_lossy(&bytes);
        check(lossy.as_bytes());
        let parsed = lossy.parse::<DateTimeOffset>().ok();
        if parsed.is_some() {
            accepted += 1;
        }
        // Read as a JSON string, the same value (or the same refusal) as `FromStr`.
        let json = serde_json::to_string(&lossy).unwrap();
        assert_eq!(
            serde_json::from_str::<DateTimeOffset>(&json).ok(),
            parsed,
            "{json}"
        );
    }
    // The mutations keep some inputs valid, so the round-trip check above is exercised.
    assert!(accepted > 100, "only {accepted} random inputs parsed");
}

#[test]
fn every_fraction_length_and_offset_is_written_back_as_read() {
    let offsets = [
        "Z", "+00:00", "-00:00", "+02:00", "-05:30", "+09:45", "-23:59", "+23:59",
    ];
    let fraction = "987654321";
    for digits in 0..=9 {
        for offset in offsets {
            for stamp in [
                "0001-01-01T00:00:00",
                "2024-12-31T23:59:59",
                "1999-07-04T09:05:01",
            ] {
                let fraction = match digits {
                    0 => String::new(),
                    _ => format!(".{}", &fraction[..digits]),
                };
                let text = format!("{stamp}{fraction}{offset}");
                let value = parse_ok(&text);
                assert_eq!(value.to_string(), text);
                assert_eq!(
                    serde_json::to_string(&value).unwrap(),
                    format!("\"{text}\"")
                );
                // Zeros the writer must keep: a fraction of zeros, and leading zeros.
                let zeros = format!("{stamp}.{}{offset}", "0".repeat(digits.max(1)));
                assert_eq!(parse_ok(&zeros).to_string(), zeros);
            }
        }
    }
}
