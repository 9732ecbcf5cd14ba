//! Open311's XML form of its JSON documents (GeoReport v2 serves both): a list becomes a
//! root element of items (`<services><service>…`), an object's fields become child
//! elements, a list inside an object is named in the plural with singular items
//! (`<formats><format>…`), and a null is an empty element. Fields come in name order, as
//! serde_json keeps them. quick-xml escapes the text.

use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::Writer;
use serde_json::Value;

/// A document's root element and, for a list, its items' element.
#[derive(Debug, Clone, Copy)]
pub struct Shape {
    pub root: &'static str,
    pub item: &'static str,
}

pub fn render(value: &Value, shape: Shape) -> String {
    let mut w = Writer::new(Vec::new());
    let result: std::io::Result<()> = (|| {
        w.write_event(Event::Decl(BytesDecl::new("1.0", Some("utf-8"), None)))?;
        match value {
            Value::Array(items) => {
                w.write_event(Event::Start(BytesStart::new(shape.root)))?;
                for item in items {
                    element(&mut w, shape.item, item)?;
                }
                w.write_event(Event::End(BytesEnd::new(shape.root)))
            }
            other => element(&mut w, shape.root, other),
        }
    })();
    result.expect("writing to memory cannot fail");
    String::from_utf8(w.into_inner()).expect("quick-xml writes UTF-8")
}

fn element(w: &mut Writer<Vec<u8>>, name: &str, value: &Value) -> std::io::Result<()> {
    let text = match value {
        Value::Null => return w.write_event(Event::Empty(BytesStart::new(name))),
        Value::Object(fields) => {
            w.write_event(Event::Start(BytesStart::new(name)))?;
            for (key, v) in fields {
                element(w, key, v)?;
            }
            return w.write_event(Event::End(BytesEnd::new(name)));
        }
        Value::Array(items) => {
            w.write_event(Event::Start(BytesStart::new(name)))?;
            let item = name.strip_suffix('s').unwrap_or(name);
            for v in items {
                element(w, item, v)?;
            }
            return w.write_event(Event::End(BytesEnd::new(name)));
        }
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    w.write_event(Event::Start(BytesStart::new(name)))?;
    w.write_event(Event::Text(BytesText::new(&text)))?;
    w.write_event(Event::End(BytesEnd::new(name)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn lists_objects_nulls_and_escaping() {
        let doc = json!([{ "service_code": "roads", "metadata": false, "zipcode": null,
            "description": "Pits & <holes>", "formats": ["text/xml", "application/json"] }]);
        let xml = render(
            &doc,
            Shape {
                root: "services",
                item: "service",
            },
        );
        assert_eq!(
            xml,
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><services><service>\
             <description>Pits &amp; &lt;holes&gt;</description>\
             <formats><format>text/xml</format><format>application/json</format></formats>\
             <metadata>false</metadata><service_code>roads</service_code><zipcode/>\
             </service></services>"
        );
    }
}
