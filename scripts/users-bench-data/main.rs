//! The users-delta and polymorphic wire bench's program (`scripts/users-bench` builds it in
//! release in a scratch copy of the workspace, and once more against the code before issue 25):
//! reads generated Graph pages into our types and into serde's, and says how fast and with
//! how much memory.
//!
//! ```text
//! users-bench throughput [--objects N] [--rounds R] [--variants A,B,..]
//! users-bench generate [--objects N] --out FILE
//! users-bench rss --variant V --input FILE
//! ```
//!
//! `throughput` generates its three inputs (a users delta page, the same page without its
//! removed items, a page of directory objects of four types), checks that every variant reads
//! the same items from them, then times R rounds, each reading every input once per variant in
//! turn, and prints one line per variant: its name, its input, the items, the input's bytes,
//! a digest of what it read, and the R times in nanoseconds, tab-separated.
//! `generate` writes the users delta page. `rss` reads FILE into variant V and prints the peak
//! resident set size (`VmHWM`) after reading the file and after reading the page, in KiB.
//!
//! Written against the public API only (`serde_json::from_str`, `Page`, `DeltaItem`, the
//! generated types' fields), so that it builds against the code of any commit of the issue.

use std::fmt::Write as _;
use std::hint::black_box;
use std::time::Instant;

use graph_entity::response::page::{DeltaItem, Page};
use graph_resources::graph::{AnyDirectoryObject, User};
use serde::Deserialize;
use serde_json::Value;

/// The projection of the 8 properties the delta page holds.
#[cfg(feature = "projection")]
mod projection {
    use graph_entity::GraphEntity;
    use graph_resources::graph::User;

    /// `User`'s 8 properties in the page, compile-checked against `User`.
    #[derive(GraphEntity, Debug)]
    #[graph(projection_of = User)]
    pub struct UserRow {
        pub business_phones: Option<Vec<String>>,
        pub display_name: Option<String>,
        pub given_name: Option<String>,
        pub job_title: Option<String>,
        pub mail: Option<String>,
        pub mobile_phone: Option<String>,
        pub office_location: Option<String>,
        pub id: Option<String>,
    }
}

/// What a serde user writes for a page: its control information and its items.
#[derive(Deserialize)]
struct SerdePage<T> {
    #[serde(rename = "@odata.context")]
    context: Option<String>,
    #[serde(rename = "@odata.nextLink")]
    next_link: Option<String>,
    #[serde(rename = "@odata.deltaLink")]
    delta_link: Option<String>,
    value: Vec<T>,
}

impl<T> SerdePage<T> {
    fn links(&self) -> usize {
        usize::from(self.context.is_some())
            + usize::from(self.next_link.is_some())
            + usize::from(self.delta_link.is_some())
    }
}

/// A plain serde struct of the page's 8 properties, with the removed entry's `@removed` kept as
/// a serde user would.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct SerdeUser {
    business_phones: Option<Vec<String>>,
    display_name: Option<String>,
    given_name: Option<String>,
    job_title: Option<String>,
    mail: Option<String>,
    mobile_phone: Option<String>,
    office_location: Option<String>,
    id: Option<String>,
    #[serde(rename = "@removed")]
    removed: Option<Value>,
}

/// The serde twin's `User` in its delta form: the twin's struct flattened beside `@removed`.
#[cfg(feature = "twin")]
#[derive(Deserialize)]
struct TwinDeltaUser {
    #[serde(flatten)]
    user: graph_resources_serde::graph::User,
    #[serde(rename = "@removed")]
    removed: Option<Value>,
}

/// What a variant read, to check that every variant of an input reads the same items.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Digest {
    items: usize,
    removed: usize,
    /// The bytes of every `displayName` read.
    names: usize,
    /// Users, groups, service principals and devices (the polymorphic page).
    kinds: [usize; 4],
    /// `@odata.context`, `@odata.nextLink` and `@odata.deltaLink` read.
    links: usize,
}

impl Digest {
    fn name(&mut self, name: Option<&String>) {
        self.names += name.map_or(0, String::len);
    }

    fn text(&self) -> String {
        let [u, g, s, d] = self.kinds;
        format!(
            "items={} removed={} names={} kinds={u}/{g}/{s}/{d} links={}",
            self.items, self.removed, self.names, self.links
        )
    }
}

/// The three inputs.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Input {
    Delta,
    Plain,
    Polymorphic,
}

impl Input {
    fn name(self) -> &'static str {
        match self {
            Input::Delta => "delta",
            Input::Plain => "plain",
            Input::Polymorphic => "polymorphic",
        }
    }
}

type Reader = fn(&str) -> Digest;

/// Every variant this build has: its name, its input and how it reads.
fn variants() -> Vec<(&'static str, Input, Reader)> {
    vec![
        #[cfg(feature = "projection")]
        ("projection", Input::Delta, read_projection),
        ("user", Input::Delta, read_user_delta),
        ("serde", Input::Delta, read_serde_delta),
        #[cfg(feature = "twin")]
        ("twin", Input::Delta, read_twin_delta),
        ("value", Input::Delta, read_value),
        ("user-plain", Input::Plain, read_user_plain),
        #[cfg(feature = "twin")]
        ("twin-plain", Input::Plain, read_twin_plain),
        ("any", Input::Polymorphic, read_any),
        #[cfg(feature = "twin")]
        ("twin-tagged", Input::Polymorphic, read_twin_tagged),
        ("any-value", Input::Polymorphic, read_value),
    ]
}

fn parse<'a, T: Deserialize<'a>>(json: &'a str) -> T {
    match serde_json::from_str(json) {
        Ok(value) => value,
        Err(error) => {
            eprintln!("users-bench: a variant cannot read its input: {error}");
            std::process::exit(1);
        }
    }
}

fn page_links<T>(page: &Page<T>) -> usize {
    usize::from(page.context.is_some())
        + usize::from(page.next_link.is_some())
        + usize::from(page.delta_link.is_some())
}

#[cfg(feature = "projection")]
fn read_projection(json: &str) -> Digest {
    let page: Page<DeltaItem<projection::UserRow>> = parse(json);
    let mut digest = Digest {
        items: page.value.len(),
        links: page_links(&page),
        ..Digest::default()
    };
    for item in &page.value {
        match item {
            DeltaItem::Present(user) => digest.name(user.display_name.as_ref()),
            DeltaItem::Removed(_) => digest.removed += 1,
        }
    }
    black_box(page);
    digest
}

fn read_user_delta(json: &str) -> Digest {
    let page: Page<DeltaItem<User>> = parse(json);
    let mut digest = Digest {
        items: page.value.len(),
        links: page_links(&page),
        ..Digest::default()
    };
    for item in &page.value {
        match item {
            DeltaItem::Present(user) => digest.name(user.display_name.as_ref()),
            DeltaItem::Removed(_) => digest.removed += 1,
        }
    }
    black_box(page);
    digest
}

fn read_user_plain(json: &str) -> Digest {
    let page: Page<User> = parse(json);
    let mut digest = Digest {
        items: page.value.len(),
        links: page_links(&page),
        ..Digest::default()
    };
    for user in &page.value {
        digest.name(user.display_name.as_ref());
    }
    black_box(page);
    digest
}

fn read_serde_delta(json: &str) -> Digest {
    let page: SerdePage<SerdeUser> = parse(json);
    let mut digest = Digest {
        items: page.value.len(),
        links: page.links(),
        ..Digest::default()
    };
    for user in &page.value {
        if user.removed.is_some() {
            digest.removed += 1;
        } else {
            digest.name(user.display_name.as_ref());
        }
        black_box((
            &user.business_phones,
            &user.given_name,
            &user.job_title,
            &user.mail,
            &user.mobile_phone,
            &user.office_location,
            &user.id,
        ));
    }
    black_box(page);
    digest
}

#[cfg(feature = "twin")]
fn read_twin_delta(json: &str) -> Digest {
    let page: SerdePage<TwinDeltaUser> = parse(json);
    let mut digest = Digest {
        items: page.value.len(),
        links: page.links(),
        ..Digest::default()
    };
    for item in &page.value {
        if item.removed.is_some() {
            digest.removed += 1;
        } else {
            digest.name(item.user.display_name.as_ref());
        }
    }
    black_box(page);
    digest
}

#[cfg(feature = "twin")]
fn read_twin_plain(json: &str) -> Digest {
    let page: SerdePage<graph_resources_serde::graph::User> = parse(json);
    let mut digest = Digest {
        items: page.value.len(),
        links: page.links(),
        ..Digest::default()
    };
    for user in &page.value {
        digest.name(user.display_name.as_ref());
    }
    black_box(page);
    digest
}

fn read_any(json: &str) -> Digest {
    let page: Page<AnyDirectoryObject> = parse(json);
    let mut digest = Digest {
        items: page.value.len(),
        links: page_links(&page),
        ..Digest::default()
    };
    for item in &page.value {
        let (kind, name) = match item {
            AnyDirectoryObject::User(x) => (0, x.display_name.as_ref()),
            AnyDirectoryObject::Group(x) => (1, x.display_name.as_ref()),
            AnyDirectoryObject::ServicePrincipal(x) => (2, x.display_name.as_ref()),
            AnyDirectoryObject::Device(x) => (3, x.display_name.as_ref()),
            _ => continue,
        };
        digest.kinds[kind] += 1;
        digest.name(name);
    }
    black_box(page);
    digest
}

#[cfg(feature = "twin")]
fn read_twin_tagged(json: &str) -> Digest {
    use graph_resources_serde::graph::AnyDirectoryObject as Tagged;
    let page: SerdePage<Tagged> = parse(json);
    let mut digest = Digest {
        items: page.value.len(),
        links: page.links(),
        ..Digest::default()
    };
    for item in &page.value {
        let (kind, name) = match item {
            Tagged::User(x) => (0, x.display_name.as_ref()),
            Tagged::Group(x) => (1, x.display_name.as_ref()),
            Tagged::ServicePrincipal(x) => (2, x.display_name.as_ref()),
            Tagged::Device(x) => (3, x.display_name.as_ref()),
            _ => continue,
        };
        digest.kinds[kind] += 1;
        digest.name(name);
    }
    black_box(page);
    digest
}

/// `serde_json::Value`, of either page.
fn read_value(json: &str) -> Digest {
    let page: Value = parse(json);
    let items = page["value"].as_array().map_or(&[][..], Vec::as_slice);
    let mut digest = Digest {
        items: items.len(),
        links: ["@odata.context", "@odata.nextLink", "@odata.deltaLink"]
            .iter()
            .filter(|key| page.get(**key).is_some())
            .count(),
        ..Digest::default()
    };
    for item in items {
        if item.get("@removed").is_some() {
            digest.removed += 1;
            continue;
        }
        let kind = match item["@odata.type"].as_str() {
            Some("#microsoft.graph.user") => Some(0),
            Some("#microsoft.graph.group") => Some(1),
            Some("#microsoft.graph.servicePrincipal") => Some(2),
            Some("#microsoft.graph.device") => Some(3),
            _ => None,
        };
        if let Some(kind) = kind {
            digest.kinds[kind] += 1;
        }
        digest.names += item["displayName"].as_str().map_or(0, str::len);
    }
    black_box(page);
    digest
}

/// A deterministic stream of numbers (xorshift64*), so every build reads the same bytes.
struct Numbers(u64);

impl Numbers {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        // `n` is a small list length: the remainder fits.
        usize::try_from(self.next() % n as u64).unwrap_or(0)
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.below(from.len())]
    }

    fn guid(&mut self) -> String {
        let a = self.next();
        let b = self.next();
        format!(
            "{:08x}-{:04x}-4{:03x}-{:04x}-{:012x}",
            a >> 32,
            (a >> 16) & 0xffff,
            a & 0xfff,
            0x8000 | (b >> 48) & 0x3fff,
            b & 0xffff_ffff_ffff
        )
    }
}

const GIVEN: &[&str] = &[
    "Adele",
    "Alex",
    "Allan",
    "Bianca",
    "Christie",
    "Diego",
    "Emily",
    "Enrico",
    "Grady",
    "Henrietta",
    "Irvin",
    "Isaiah",
    "Johanna",
    "Joni",
    "Lee",
    "Lidia",
    "Lynne",
    "Megan",
    "Miriam",
    "Nestor",
    "Patti",
    "Pradeep",
    "Zoë",
    "Renée",
    "José",
];
const SURNAMES: &[&str] = &[
    "Vance",
    "Wilber",
    "Deyoung",
    "Pia",
    "Cline",
    "Siciliani",
    "Braun",
    "Zimmerman",
    "Archie",
    "Gonzalez",
    "Sayers",
    "Langer",
    "Kirkby",
    "Sherman",
    "Gu",
    "Holloway",
    "Robbins",
    "Bowen",
    "Caldwell",
    "Wilke",
    "Fernandez",
    "Gupta",
    "Müller",
    "O'Brien",
    "Ñúñez",
];
const JOBS: &[&str] = &[
    "Retail Manager",
    "Marketing Assistant",
    "Sales Rep",
    "Product Manager",
    "Developer",
    "IT Admin",
    "Attorney",
    "Director",
    "VP Sales",
    "Designer \"Lead\"",
];

/// One user as the delta function writes it with `$select` of the 8 properties (`id` last, as
/// Graph writes it), some values `null` as Graph sends them.
fn write_user(out: &mut String, numbers: &mut Numbers, n: usize, with_type: bool) {
    let given = numbers.pick(GIVEN);
    let surname = numbers.pick(SURNAMES);
    let mail = format!(
        "{}.{}{n}@contoso.com",
        given.to_lowercase(),
        surname.to_lowercase()
    )
    .replace(['\'', 'ë', 'é', 'ü', 'Ñ', 'ú', 'ñ'], "");
    out.push('{');
    if with_type {
        out.push_str(r##""@odata.type":"#microsoft.graph.user","##);
    }
    let phone = 100 + numbers.below(900);
    if numbers.below(8) == 0 {
        out.push_str(r#""businessPhones":[],"#);
    } else {
        let _ = write!(out, r#""businessPhones":["+1 425 555 0{phone}"],"#);
    }
    let _ = write!(
        out,
        r#""displayName":{},"givenName":{},"#,
        json(&format!("{given} {surname}")),
        json(given)
    );
    if numbers.below(5) == 0 {
        out.push_str(r#""jobTitle":null,"#);
    } else {
        let _ = write!(out, r#""jobTitle":{},"#, json(numbers.pick(JOBS)));
    }
    let _ = write!(out, r#""mail":{},"#, json(&mail));
    if numbers.below(4) == 0 {
        out.push_str(r#""mobilePhone":null,"#);
    } else {
        let _ = write!(out, r#""mobilePhone":"+1 206 555 0{phone}","#);
    }
    if numbers.below(6) == 0 {
        out.push_str(r#""officeLocation":null,"#);
    } else {
        let _ = write!(
            out,
            r#""officeLocation":"{}/{}","#,
            numbers.below(40),
            1000 + numbers.below(3000)
        );
    }
    let _ = write!(out, r#""id":"{}"}}"#, numbers.guid());
}

fn json(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_default()
}

/// The users delta page: `objects` items, every tenth removed (`@removed` with reason
/// `changed`), ending a round with `@odata.deltaLink`; with `removed` false, the same page
/// without its removed items (the same users, in the same order).
fn users_page(objects: usize, removed: bool) -> String {
    let mut out = String::with_capacity(objects * 330 + 512);
    out.push_str(concat!(
        r#"{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#users(businessPhones,displayName,givenName,jobTitle,mail,mobilePhone,officeLocation,id)","#,
        r#""@odata.deltaLink":"https://graph.microsoft.com/v1.0/users/delta?$deltatoken=oEcOySpF_hWYmTIUZBOIfPzcwisr_rPe8o9M54L45qEXQGmvQC6T2dbL-9O7nSU-njKhFiGlAZqewNAThmCVnNxqPu5gOBegrm1CaVZ-ZtFZ2tPOAO98OD9y0ao460","#,
        r#""value":["#
    ));
    let mut numbers = Numbers(0x5EED_0000_2025);
    let mut first = true;
    for n in 0..objects {
        // Drawn for every item, so both pages hold the same users.
        let id = numbers.guid();
        if n % 10 == 9 {
            if removed {
                if !first {
                    out.push(',');
                }
                let _ = write!(out, r#"{{"id":"{id}","@removed":{{"reason":"changed"}}}}"#);
                first = false;
            }
            continue;
        }
        if !first {
            out.push(',');
        }
        write_user(&mut out, &mut numbers, n, false);
        first = false;
    }
    out.push_str("]}");
    out
}

/// A page of directory objects: users, groups, service principals and devices mixed, each with
/// `@odata.type` first, as Graph writes it.
fn polymorphic_page(objects: usize) -> String {
    let mut out = String::with_capacity(objects * 400 + 256);
    out.push_str(concat!(
        r#"{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#directoryObjects","#,
        r#""@odata.nextLink":"https://graph.microsoft.com/v1.0/directoryObjects?$skiptoken=RFNwdAIAAQAAAB86","#,
        r#""value":["#
    ));
    let mut numbers = Numbers(0x5EED_0000_0B1E);
    for n in 0..objects {
        if n > 0 {
            out.push(',');
        }
        let name = format!("{} {}", numbers.pick(GIVEN), numbers.pick(SURNAMES));
        let time = format!(
            "2024-{:02}-{:02}T{:02}:{:02}:{:02}Z",
            1 + numbers.below(12),
            1 + numbers.below(28),
            numbers.below(24),
            numbers.below(60),
            numbers.below(60)
        );
        match n % 20 {
            // Half users, a quarter groups, 15% service principals, 10% devices.
            0..=9 => write_user(&mut out, &mut numbers, n, true),
            10..=14 => {
                let _ = write!(
                    out,
                    concat!(
                        r##"{{"@odata.type":"#microsoft.graph.group","id":"{}","createdDateTime":"{}","##,
                        r#""description":{},"displayName":{},"groupTypes":["Unified"],"#,
                        r#""mail":"team{}@contoso.com","mailEnabled":true,"mailNickname":"team{}","#,
                        r#""securityEnabled":false,"visibility":"Public"}}"#
                    ),
                    numbers.guid(),
                    time,
                    json(&format!("The team of {name}")),
                    json(&format!("{name}'s team")),
                    n,
                    n
                );
            }
            15..=17 => {
                let _ = write!(
                    out,
                    concat!(
                        r##"{{"@odata.type":"#microsoft.graph.servicePrincipal","id":"{}","accountEnabled":true,"##,
                        r#""appDisplayName":{},"appId":"{}","appOwnerOrganizationId":"{}","#,
                        r#""displayName":{},"servicePrincipalType":"Application","#,
                        r#""tags":["WindowsAzureActiveDirectoryIntegratedApp","HideApp"]}}"#
                    ),
                    numbers.guid(),
                    json(&format!("{name} app")),
                    numbers.guid(),
                    numbers.guid(),
                    json(&format!("{name} app")),
                );
            }
            _ => {
                let _ = write!(
                    out,
                    concat!(
                        r##"{{"@odata.type":"#microsoft.graph.device","id":"{}","accountEnabled":true,"##,
                        r#""approximateLastSignInDateTime":"{}","deviceId":"{}","displayName":{},"#,
                        r#""operatingSystem":"Windows","operatingSystemVersion":"10.0.22631.{}","#,
                        r#""trustType":"AzureAd"}}"#
                    ),
                    numbers.guid(),
                    time,
                    numbers.guid(),
                    json(&format!("DESKTOP-{n:06}")),
                    numbers.below(5000)
                );
            }
        }
    }
    out.push_str("]}");
    out
}

fn main() {
    let mut args = pico_args::Arguments::from_env();
    let command = args.subcommand().ok().flatten().unwrap_or_default();
    let result = match command.as_str() {
        "throughput" => throughput(&mut args),
        "generate" => generate(&mut args),
        "rss" => rss(&mut args),
        _ => Err(format!(
            "usage: users-bench throughput|generate|rss ... (got {command:?})"
        )),
    };
    let rest = args.finish();
    if let Err(error) = result {
        eprintln!("users-bench: {error}");
        std::process::exit(2);
    }
    if !rest.is_empty() {
        eprintln!("users-bench: unknown arguments {rest:?}");
        std::process::exit(2);
    }
}

fn option<T: std::str::FromStr>(
    args: &mut pico_args::Arguments,
    name: &'static str,
    default: T,
) -> Result<T, String>
where
    T::Err: std::fmt::Display,
{
    args.opt_value_from_str(name)
        .map(|value| value.unwrap_or(default))
        .map_err(|e| format!("{name}: {e}"))
}

fn throughput(args: &mut pico_args::Arguments) -> Result<(), String> {
    let objects: usize = option(args, "--objects", 10_000)?;
    let rounds: usize = option(args, "--rounds", 15)?;
    let wanted: String = option(args, "--variants", String::new())?;
    let mut chosen = variants();
    if !wanted.is_empty() {
        let names: Vec<&str> = wanted.split(',').collect();
        if let Some(unknown) = names
            .iter()
            .find(|name| !chosen.iter().any(|v| v.0 == **name))
        {
            return Err(format!("this build has no variant {unknown:?}"));
        }
        chosen.retain(|v| names.contains(&v.0));
    }
    let inputs = [
        (Input::Delta, users_page(objects, true)),
        (Input::Plain, users_page(objects, false)),
        (Input::Polymorphic, polymorphic_page(objects)),
    ];
    let input_of = |which: Input| {
        inputs
            .iter()
            .find(|(input, _)| *input == which)
            .map_or("", |(_, text)| text.as_str())
    };
    // Every variant of an input reads the same items (this also warms each one up).
    let mut digests = Vec::new();
    for (name, input, read) in &chosen {
        let digest = read(input_of(*input));
        if let Some((other, _, seen)) = digests
            .iter()
            .find(|(_, i, d): &&(&str, Input, Digest)| *i == *input && *d != digest)
        {
            return Err(format!(
                "{name} read {} from the {} page, {other} read {}",
                digest.text(),
                input.name(),
                seen.text()
            ));
        }
        digests.push((*name, *input, digest));
    }
    // The rounds: each reads every variant once, in turn, so that the machine's drift falls on
    // every variant alike.
    let mut times = vec![Vec::with_capacity(rounds); chosen.len()];
    for _ in 0..rounds {
        for (slot, (_, input, read)) in chosen.iter().enumerate() {
            let text = input_of(*input);
            let start = Instant::now();
            black_box(read(black_box(text)));
            times[slot].push(start.elapsed().as_nanos());
        }
    }
    for ((name, input, _), (times, (_, _, digest))) in chosen.iter().zip(times.iter().zip(&digests))
    {
        let times: Vec<String> = times.iter().map(u128::to_string).collect();
        println!(
            "{name}\t{}\t{}\t{}\t{}\t{}",
            input.name(),
            digest.items,
            input_of(*input).len(),
            digest.text(),
            times.join(",")
        );
    }
    Ok(())
}

fn generate(args: &mut pico_args::Arguments) -> Result<(), String> {
    let objects: usize = option(args, "--objects", 100_000)?;
    let out: String = args
        .value_from_str("--out")
        .map_err(|e| format!("--out: {e}"))?;
    std::fs::write(&out, users_page(objects, true)).map_err(|e| format!("{out}: {e}"))
}

/// The process's peak resident set size so far, in KiB (`VmHWM` of `/proc/self/status`).
fn peak_kib() -> Result<u64, String> {
    let status = std::fs::read_to_string("/proc/self/status").map_err(|e| e.to_string())?;
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .ok_or_else(|| "no VmHWM in /proc/self/status".to_owned())
}

fn rss(args: &mut pico_args::Arguments) -> Result<(), String> {
    let variant: String = args
        .value_from_str("--variant")
        .map_err(|e| format!("--variant: {e}"))?;
    let input: String = args
        .value_from_str("--input")
        .map_err(|e| format!("--input: {e}"))?;
    let (_, which, read) = variants()
        .into_iter()
        .find(|v| v.0 == variant)
        .ok_or_else(|| format!("this build has no variant {variant:?}"))?;
    if which != Input::Delta {
        return Err(format!("{variant} does not read the users delta page"));
    }
    // One read of the file's size: the buffer is the input's bytes, not more.
    let text = std::fs::read_to_string(&input).map_err(|e| format!("{input}: {e}"))?;
    let before = peak_kib()?;
    let digest = read(&text);
    let after = peak_kib()?;
    println!(
        "{variant}\t{}\t{before}\t{after}\t{}",
        text.len(),
        digest.text()
    );
    Ok(())
}
