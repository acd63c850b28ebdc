use graph_entity::GraphEnum;

#[derive(GraphEnum)]
#[graph(flags)]
enum Channel {
    Email,
    #[graph(rename = "sms,text")]
    Sms,
}

fn main() {}
