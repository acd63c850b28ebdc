// Each property gets the constant named after its field in SCREAMING_SNAKE_CASE: two fields
// that would share one are refused.
use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.settings")]
#[allow(non_snake_case)]
pub struct Settings {
    pub max_size: Option<i32>,
    #[graph(rename = "maxSizeInMB")]
    pub maxSize: Option<i32>,
}

fn main() {}
