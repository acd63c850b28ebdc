//! The types of the area `places`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "places")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.bookingType")]
pub enum BookingType {
    Unknown,
    Standard,
    Reserved,
}

#[cfg(feature = "places")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.checkInMethod")]
pub enum CheckInMethod {
    Unspecified,
    Manual,
    Inferred,
    Verified,
    UnknownFutureValue,
}

#[cfg(feature = "places")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.placeFeatureEnablement")]
pub enum PlaceFeatureEnablement {
    Unknown,
    Enabled,
    Disabled,
    UnknownFutureValue,
}

#[cfg(feature = "places")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.resourceLinkType")]
pub enum ResourceLinkType {
    Url,
    UnknownFutureValue,
}

#[cfg(feature = "places")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.assignedPlaceMode", complex)]
pub struct AssignedPlaceMode {
    /// The inherited properties of `placeMode`.
    #[graph(base)]
    pub base: PlaceMode,
    pub assigned_user_email_address: Option<String>,
    pub assigned_user_id: Option<String>,
}

#[cfg(feature = "places")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.dropInPlaceMode", complex)]
pub struct DropInPlaceMode {
    /// The inherited properties of `placeMode`.
    #[graph(base)]
    pub base: PlaceMode,
}

#[cfg(feature = "places")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.importBuildingMapSetting")]
pub struct ImportBuildingMapSetting {
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_dry_run: Option<bool>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "places")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.mailboxDetails")]
pub struct MailboxDetails {
    pub email_address: Option<String>,
    pub external_directory_object_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "places")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.placeMode", abstract)]
pub struct PlaceMode {
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.placeMode`: the type itself or any of its derived types this build declares
/// (a value without `@odata.type` is the type itself); a value of another derived type reads as
/// `PlaceMode`, keeping its `@odata.type` and properties.
#[cfg(feature = "places")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyPlaceMode {
    /// `microsoft.graph.assignedPlaceMode`.
    AssignedPlaceMode(AssignedPlaceMode),
    /// `microsoft.graph.dropInPlaceMode`.
    DropInPlaceMode(DropInPlaceMode),
    /// `microsoft.graph.reservablePlaceMode`.
    ReservablePlaceMode(ReservablePlaceMode),
    /// `microsoft.graph.unavailablePlaceMode`.
    UnavailablePlaceMode(UnavailablePlaceMode),
    /// `microsoft.graph.placeMode` itself, or a type this build does not declare.
    #[graph(other)]
    Other(PlaceMode),
}

#[cfg(feature = "places")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.placeServicePlanInfo")]
pub struct PlaceServicePlanInfo {
    pub service_plan_id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "places")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.reservablePlaceMode", complex)]
pub struct ReservablePlaceMode {
    /// The inherited properties of `placeMode`.
    #[graph(base)]
    pub base: PlaceMode,
}

#[cfg(feature = "places")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.resourceLink")]
pub struct ResourceLink {
    /// Not nullable.
    #[graph(non_nullable)]
    pub link_type: Option<ResourceLinkType>,
    pub name: Option<String>,
    pub value: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "places")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.unavailablePlaceMode", complex)]
pub struct UnavailablePlaceMode {
    /// The inherited properties of `placeMode`.
    #[graph(base)]
    pub base: PlaceMode,
    pub reason: Option<String>,
}

#[cfg(feature = "places")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.building",
    contains(name = "map", target = BuildingMap, single),
    action(name = "ingestMapFile", parameters = BuildingIngestMapFileParameters)
)]
pub struct Building {
    /// The inherited properties of `place`.
    #[graph(base)]
    pub base: Place,
    /// Not nullable.
    #[graph(non_nullable)]
    pub resource_links: Option<Vec<ResourceLink>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub wifi_state: Option<PlaceFeatureEnablement>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub map: Option<BuildingMap>,
}

/// The body of the action `ingestMapFile`, bound to `building`.
#[cfg(feature = "places")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct BuildingIngestMapFileParameters {
    pub file: Option<String>,
    pub import_setting: Option<ImportBuildingMapSetting>,
}

#[cfg(feature = "places")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.buildingMap",
    contains(name = "footprints", target = FootprintMap),
    contains(name = "levels", target = LevelMap)
)]
pub struct BuildingMap {
    /// The inherited properties of `baseMapFeature`.
    #[graph(base)]
    pub base: BaseMapFeature,
    pub place_id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub footprints: Option<Vec<FootprintMap>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub levels: Option<Vec<LevelMap>>,
}

#[cfg(feature = "places")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.checkInClaim")]
pub struct CheckInClaim {
    /// Not nullable.
    #[graph(key, non_nullable)]
    pub calendar_event_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub check_in_method: Option<CheckInMethod>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "places")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.desk")]
pub struct Desk {
    /// The inherited properties of `place`.
    #[graph(base)]
    pub base: Place,
    pub display_device_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub height_adjustable_state: Option<PlaceFeatureEnablement>,
    pub mailbox_details: Option<MailboxDetails>,
    pub mode: Option<AnyPlaceMode>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub service_plans: Option<Vec<PlaceServicePlanInfo>>,
}

#[cfg(feature = "places")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.fixtureMap")]
pub struct FixtureMap {
    /// The inherited properties of `baseMapFeature`.
    #[graph(base)]
    pub base: BaseMapFeature,
    pub place_id: Option<String>,
}

#[cfg(feature = "places")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.floor")]
pub struct Floor {
    /// The inherited properties of `place`.
    #[graph(base)]
    pub base: Place,
    pub sort_order: Option<i32>,
}

#[cfg(feature = "places")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.footprintMap")]
pub struct FootprintMap {
    /// The inherited properties of `baseMapFeature`.
    #[graph(base)]
    pub base: BaseMapFeature,
}

#[cfg(feature = "places")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.levelMap",
    contains(name = "fixtures", target = FixtureMap),
    contains(name = "sections", target = SectionMap),
    contains(name = "units", target = UnitMap)
)]
pub struct LevelMap {
    /// The inherited properties of `baseMapFeature`.
    #[graph(base)]
    pub base: BaseMapFeature,
    pub place_id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub fixtures: Option<Vec<FixtureMap>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub sections: Option<Vec<SectionMap>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub units: Option<Vec<UnitMap>>,
}

#[cfg(feature = "places")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.place",
    path = "/places",
    abstract,
    contains(name = "checkIns", target = CheckInClaim),
    function(name = "descendants", returns = Page<AnyPlace>)
)]
pub struct Place {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub address: Option<PhysicalAddress>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    pub geo_coordinates: Option<OutlookGeoCoordinates>,
    pub is_wheel_chair_accessible: Option<bool>,
    pub label: Option<String>,
    pub parent_id: Option<String>,
    pub phone: Option<String>,
    pub place_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub tags: Option<Vec<String>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub check_ins: Option<Vec<CheckInClaim>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.place`: the type itself or any of its derived types this build declares (a
/// value without `@odata.type` is the type itself); a value of another derived type reads as
/// `Place`, keeping its `@odata.type` and properties.
#[cfg(feature = "places")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyPlace {
    /// `microsoft.graph.building`.
    Building(Building),
    /// `microsoft.graph.desk`.
    Desk(Desk),
    /// `microsoft.graph.floor`.
    Floor(Floor),
    /// `microsoft.graph.room`.
    Room(Room),
    /// `microsoft.graph.roomList`.
    RoomList(RoomList),
    /// `microsoft.graph.section`.
    Section(Section),
    /// `microsoft.graph.workspace`.
    Workspace(Workspace),
    /// `microsoft.graph.place` itself, or a type this build does not declare.
    #[graph(other)]
    Other(Place),
}

#[cfg(feature = "places")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.room")]
pub struct Room {
    /// The inherited properties of `place`.
    #[graph(base)]
    pub base: Place,
    pub audio_device_name: Option<String>,
    pub booking_type: Option<BookingType>,
    pub building: Option<String>,
    pub capacity: Option<i32>,
    pub display_device_name: Option<String>,
    pub email_address: Option<String>,
    pub floor_label: Option<String>,
    pub floor_number: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub nickname: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub teams_enabled_state: Option<PlaceFeatureEnablement>,
    pub video_device_name: Option<String>,
}

#[cfg(feature = "places")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.roomList",
    contains(name = "rooms", target = Room),
    contains(name = "workspaces", target = Workspace)
)]
pub struct RoomList {
    /// The inherited properties of `place`.
    #[graph(base)]
    pub base: Place,
    pub email_address: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub rooms: Option<Vec<Room>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub workspaces: Option<Vec<Workspace>>,
}

#[cfg(feature = "places")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.section")]
pub struct Section {
    /// The inherited properties of `place`.
    #[graph(base)]
    pub base: Place,
}

#[cfg(feature = "places")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.sectionMap")]
pub struct SectionMap {
    /// The inherited properties of `baseMapFeature`.
    #[graph(base)]
    pub base: BaseMapFeature,
    pub place_id: Option<String>,
}

#[cfg(feature = "places")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.unitMap")]
pub struct UnitMap {
    /// The inherited properties of `baseMapFeature`.
    #[graph(base)]
    pub base: BaseMapFeature,
    pub place_id: Option<String>,
}

#[cfg(feature = "places")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.workspace")]
pub struct Workspace {
    /// The inherited properties of `place`.
    #[graph(base)]
    pub base: Place,
    pub capacity: Option<i32>,
    pub display_device_name: Option<String>,
    pub email_address: Option<String>,
    pub mode: Option<AnyPlaceMode>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub nickname: Option<String>,
}
