//! The types of the area `invitations`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "invitations")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.invitedUserMessageInfo")]
pub struct InvitedUserMessageInfo {
    pub cc_recipients: Option<Vec<AnyRecipient>>,
    pub customized_message_body: Option<String>,
    pub message_language: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "invitations")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.invitation",
    path = "/invitations"
)]
pub struct Invitation {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub invited_user_display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub invited_user_email_address: Option<String>,
    pub invited_user_message_info: Option<InvitedUserMessageInfo>,
    pub invited_user_type: Option<String>,
    pub invite_redeem_url: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub invite_redirect_url: Option<String>,
    pub reset_redemption: Option<bool>,
    pub send_invitation_message: Option<bool>,
    pub status: Option<String>,
    /// Navigation property: read when `$expand`ed, never written. Declared with any of the features
    /// `users`, `identityGovernance`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(any(feature = "users", feature = "identityGovernance"))]
    #[graph(read_only)]
    pub invited_user: Option<User>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub invited_user_sponsors: Option<Vec<AnyDirectoryObject>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
