//! The types of the namespace `microsoft.graph`.

// Features that leave a module's types out leave some of these unused.
#[allow(unused_imports)]
use graph_entity::{
    AdditionalData, DeltaItem, Flags, GraphEntity, GraphEnum, GraphPolymorphic, Page, edm,
    response, serde_json,
};

mod admin;
#[allow(unused_imports)] // empty without its features
pub use self::admin::*;
mod agreement_acceptances;
#[allow(unused_imports)] // empty without its features
pub use self::agreement_acceptances::*;
mod agreements;
#[allow(unused_imports)] // empty without its features
pub use self::agreements::*;
mod app_catalogs;
#[allow(unused_imports)] // empty without its features
pub use self::app_catalogs::*;
mod application_templates;
#[allow(unused_imports)] // empty without its features
pub use self::application_templates::*;
mod applications;
#[allow(unused_imports)] // empty without its features
pub use self::applications::*;
mod audit_logs;
#[allow(unused_imports)] // empty without its features
pub use self::audit_logs::*;
mod authentication_method_configurations;
#[allow(unused_imports)] // empty without its features
pub use self::authentication_method_configurations::*;
mod authentication_methods_policy;
#[allow(unused_imports)] // empty without its features
pub use self::authentication_methods_policy::*;
mod certificate_based_auth_configuration;
#[allow(unused_imports)] // empty without its features
pub use self::certificate_based_auth_configuration::*;
mod chats;
#[allow(unused_imports)] // empty without its features
pub use self::chats::*;
mod communications;
#[allow(unused_imports)] // empty without its features
pub use self::communications::*;
mod compliance;
#[allow(unused_imports)] // empty without its features
pub use self::compliance::*;
mod connections;
#[allow(unused_imports)] // empty without its features
pub use self::connections::*;
mod contacts;
#[allow(unused_imports)] // empty without its features
pub use self::contacts::*;
mod contracts;
#[allow(unused_imports)] // empty without its features
pub use self::contracts::*;
mod copilot;
#[allow(unused_imports)] // empty without its features
pub use self::copilot::*;
mod shared;
#[allow(unused_imports)] // empty without its features
pub use self::shared::*;
mod data_policy_operations;
#[allow(unused_imports)] // empty without its features
pub use self::data_policy_operations::*;
mod device_app_management;
#[allow(unused_imports)] // empty without its features
pub use self::device_app_management::*;
mod device_management;
#[allow(unused_imports)] // empty without its features
pub use self::device_management::*;
mod devices;
#[allow(unused_imports)] // empty without its features
pub use self::devices::*;
mod directory;
#[allow(unused_imports)] // empty without its features
pub use self::directory::*;
mod directory_objects;
#[allow(unused_imports)] // empty without its features
pub use self::directory_objects::*;
mod directory_role_templates;
#[allow(unused_imports)] // empty without its features
pub use self::directory_role_templates::*;
mod directory_roles;
#[allow(unused_imports)] // empty without its features
pub use self::directory_roles::*;
mod domain_dns_records;
#[allow(unused_imports)] // empty without its features
pub use self::domain_dns_records::*;
mod domains;
#[allow(unused_imports)] // empty without its features
pub use self::domains::*;
mod drives;
#[allow(unused_imports)] // empty without its features
pub use self::drives::*;
mod education;
#[allow(unused_imports)] // empty without its features
pub use self::education::*;
mod employee_experience;
#[allow(unused_imports)] // empty without its features
pub use self::employee_experience::*;
mod filter_operators;
#[allow(unused_imports)] // empty without its features
pub use self::filter_operators::*;
mod functions;
#[allow(unused_imports)] // empty without its features
pub use self::functions::*;
mod group_lifecycle_policies;
#[allow(unused_imports)] // empty without its features
pub use self::group_lifecycle_policies::*;
mod group_setting_templates;
#[allow(unused_imports)] // empty without its features
pub use self::group_setting_templates::*;
mod group_settings;
#[allow(unused_imports)] // empty without its features
pub use self::group_settings::*;
mod groups;
#[allow(unused_imports)] // empty without its features
pub use self::groups::*;
mod identity;
#[allow(unused_imports)] // empty without its features
pub use self::identity::*;
mod identity_governance;
#[allow(unused_imports)] // empty without its features
pub use self::identity_governance::*;
mod identity_protection;
#[allow(unused_imports)] // empty without its features
pub use self::identity_protection::*;
mod identity_providers;
#[allow(unused_imports)] // empty without its features
pub use self::identity_providers::*;
mod information_protection;
#[allow(unused_imports)] // empty without its features
pub use self::information_protection::*;
mod invitations;
#[allow(unused_imports)] // empty without its features
pub use self::invitations::*;
mod oauth2_permission_grants;
#[allow(unused_imports)] // empty without its features
pub use self::oauth2_permission_grants::*;
mod organization;
#[allow(unused_imports)] // empty without its features
pub use self::organization::*;
mod other;
#[allow(unused_imports)] // empty without its features
pub use self::other::*;
mod permission_grants;
#[allow(unused_imports)] // empty without its features
pub use self::permission_grants::*;
mod places;
#[allow(unused_imports)] // empty without its features
pub use self::places::*;
mod planner;
#[allow(unused_imports)] // empty without its features
pub use self::planner::*;
mod policies;
#[allow(unused_imports)] // empty without its features
pub use self::policies::*;
mod print;
#[allow(unused_imports)] // empty without its features
pub use self::print::*;
mod privacy;
#[allow(unused_imports)] // empty without its features
pub use self::privacy::*;
mod reports;
#[allow(unused_imports)] // empty without its features
pub use self::reports::*;
mod role_management;
#[allow(unused_imports)] // empty without its features
pub use self::role_management::*;
mod schema_extensions;
#[allow(unused_imports)] // empty without its features
pub use self::schema_extensions::*;
mod scoped_role_memberships;
#[allow(unused_imports)] // empty without its features
pub use self::scoped_role_memberships::*;
mod search;
#[allow(unused_imports)] // empty without its features
pub use self::search::*;
mod security;
#[allow(unused_imports)] // empty without its features
pub use self::security::*;
mod service_principals;
#[allow(unused_imports)] // empty without its features
pub use self::service_principals::*;
mod shares;
#[allow(unused_imports)] // empty without its features
pub use self::shares::*;
mod sites;
#[allow(unused_imports)] // empty without its features
pub use self::sites::*;
mod solutions;
#[allow(unused_imports)] // empty without its features
pub use self::solutions::*;
mod storage;
#[allow(unused_imports)] // empty without its features
pub use self::storage::*;
mod subscribed_skus;
#[allow(unused_imports)] // empty without its features
pub use self::subscribed_skus::*;
mod subscriptions;
#[allow(unused_imports)] // empty without its features
pub use self::subscriptions::*;
mod teams;
#[allow(unused_imports)] // empty without its features
pub use self::teams::*;
mod teams_templates;
#[allow(unused_imports)] // empty without its features
pub use self::teams_templates::*;
mod teamwork;
#[allow(unused_imports)] // empty without its features
pub use self::teamwork::*;
mod tenant_relationships;
#[allow(unused_imports)] // empty without its features
pub use self::tenant_relationships::*;
mod users;
#[allow(unused_imports)] // empty without its features
pub use self::users::*;
