//! Open311 GeoReport v2: every endpoint and its errors as the specification shapes them.

use kenes_core::{both_backends, db, Backend};
use serde_json::Value;

use crate::accounts::signed_in;
use crate::helpers::{spawn_app, spawn_app_with, TestApp};

async fn json(app: &TestApp, path: &str) -> (u16, Value) {
    let res = app.get(path).await;
    let status = res.status().as_u16();
    (status, res.json().await.expect("JSON"))
}

/// An error response: `[{"code": <status>, "description": "…"}]`.
fn assert_error(status: u16, body: &Value, expected: u16) {
    assert_eq!(status, expected, "{body}");
    assert_eq!(body[0]["code"], expected, "{body}");
    assert!(
        body[0]["description"]
            .as_str()
            .is_some_and(|d| !d.is_empty()),
        "{body}"
    );
}

async fn post(app: &TestApp, form: &[(&str, &str)]) -> (u16, Value) {
    // Another server, with no Origin header and no cookies.
    let res = app
        .client
        .post(format!("{}/open311/v2/requests.json", app.address))
        .form(form)
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.expect("JSON"))
}

/// Grievances in the database, whoever filed them.
async fn grievance_count(app: &TestApp) -> i64 {
    db::interact(&app.pool, |c| {
        use diesel::prelude::*;
        Ok::<_, kenes_core::DbError>(
            kenes_core::schema::grievances::table
                .count()
                .get_result(c)?,
        )
    })
    .await
    .unwrap()
}

/// A new application's API key, as `kenes api-key` makes one.
async fn api_key(app: &TestApp) -> String {
    let now = chrono::Utc::now().naive_utc();
    db::interact(&app.pool, move |c| {
        kenes_core::accounts::api_keys::create(c, "City app", now)
    })
    .await
    .unwrap()
}

async fn every_endpoint_follows_georeport_v2(backend: Backend) {
    let app = spawn_app(backend).await;

    let (status, d) = json(&app, "/open311/discovery.json").await;
    assert_eq!(status, 200);
    assert_eq!(
        d["endpoints"][0]["specification"],
        "http://wiki.open311.org/GeoReport_v2"
    );
    assert!(d["endpoints"][0]["url"]
        .as_str()
        .unwrap()
        .ends_with("/open311/v2"));

    let (status, services) = json(&app, "/open311/v2/services.json").await;
    assert_eq!(status, 200);
    assert_eq!(services.as_array().unwrap().len(), 12);
    let utilities = services
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["service_code"] == "utilities")
        .unwrap();
    assert_eq!(
        (
            &utilities["service_name"],
            &utilities["metadata"],
            &utilities["type"]
        ),
        (
            &Value::from("Utilities"),
            &Value::from(false),
            &Value::from("realtime")
        )
    );
    let (_, ru) = json(&app, "/open311/v2/services.json?locale=ru").await;
    assert!(ru.to_string().contains("Коммунальные услуги"));
    let (status, body) = json(&app, "/open311/v2/services.json?locale=xx").await;
    assert_error(status, &body, 400);
    let (status, def) = json(&app, "/open311/v2/services/utilities.json").await;
    assert_eq!(status, 200);
    assert_eq!(def["service_code"], "utilities");
    assert_eq!(def["attributes"], Value::Array(vec![]));
    let (status, body) = json(&app, "/open311/v2/services/volcanoes.json").await;
    assert_error(status, &body, 404);

    // Filing: an API key, an e-mail address, a service and a place are required.
    let key = api_key(&app).await;
    let good = [
        ("api_key", key.as_str()),
        ("service_code", "utilities"),
        ("address_id", "1132"),
        ("email", "resident@example.kz"),
        (
            "description",
            "No hot water in building 5. Two weeks already.",
        ),
    ];
    let without = |k: &str| {
        good.iter()
            .filter(|(n, _)| *n != k)
            .copied()
            .collect::<Vec<_>>()
    };
    let (status, body) = post(&app, &without("api_key")).await;
    assert_error(status, &body, 403);
    let mut wrong = good;
    wrong[0].1 = "not-a-key";
    let (status, body) = post(&app, &wrong).await;
    assert_error(status, &body, 403);
    for missing in ["email", "service_code", "address_id"] {
        let (status, body) = post(&app, &without(missing)).await;
        assert_error(status, &body, 400);
        assert!(
            body[0]["description"].as_str().unwrap().contains(missing),
            "{body}"
        );
    }
    let mut unknown = good;
    unknown[1].1 = "volcanoes";
    let (status, body) = post(&app, &unknown).await;
    assert_error(status, &body, 400);
    assert!(
        body[0]["description"]
            .as_str()
            .unwrap()
            .contains("service_code"),
        "{body}"
    );
    let (status, body) = post(&app, &good).await;
    assert_eq!(status, 201, "{body}");
    let id = body[0]["service_request_id"].as_str().unwrap().to_owned();
    // The filer follows it through a secret link sent to their address.
    let mail = app.wait_for_mail("resident@example.kz", 1).await;
    assert!(
        mail.link("/g/").contains(&format!("/g/{id}?key=")),
        "{mail:?}"
    );

    // A private grievance filed on the site never appears.
    let mut citizen = signed_in(&app).await;
    let form_key = crate::filing::key_in(&citizen.get_page("/file").await);
    let page = citizen
        .post_page(
            "/file",
            &[
                ("idempotency_key", form_key.as_str()),
                ("appeal_kind", "complaint"),
                ("category", "utilities"),
                ("kato", "1132"),
                ("title", "Private trouble"),
                ("body", "Something only the akimat should read."),
                ("lang", "en"),
                ("privacy", "private"),
            ],
        )
        .await;
    let private = crate::filing::code_in(&page);

    let (status, list) = json(&app, "/open311/v2/requests.json").await;
    assert_eq!(status, 200);
    let ids: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["service_request_id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&id.as_str()), "{list}");
    assert!(!ids.contains(&private.as_str()), "{list}");
    assert!(!list.to_string().contains("resident@example.kz"), "{list}");
    let one = &list.as_array().unwrap()[ids.iter().position(|i| *i == id).unwrap()];
    assert_eq!(
        (&one["status"], &one["service_code"], &one["address_id"]),
        (
            &Value::from("open"),
            &Value::from("utilities"),
            &Value::from("1132")
        )
    );
    for field in [
        "requested_datetime",
        "updated_datetime",
        "expected_datetime",
        "agency_responsible",
    ] {
        assert!(one[field].is_string(), "{field}: {one}");
    }

    let count = |v: &Value| v.as_array().unwrap().len();
    let (_, open) = json(
        &app,
        "/open311/v2/requests.json?status=open&service_code=utilities",
    )
    .await;
    assert_eq!(count(&open), 1, "{open}");
    let (_, closed) = json(&app, "/open311/v2/requests.json?status=closed").await;
    assert_eq!(count(&closed), 0, "{closed}");
    let (_, land) = json(&app, "/open311/v2/requests.json?service_code=land").await;
    assert_eq!(count(&land), 0, "{land}");
    let (_, past) = json(
        &app,
        "/open311/v2/requests.json?start_date=2020-01-01T00:00:00Z&end_date=2020-02-01T00:00:00Z",
    )
    .await;
    assert_eq!(count(&past), 0, "{past}");
    let (_, by_id) = json(
        &app,
        &format!("/open311/v2/requests.json?service_request_id={id},{private}"),
    )
    .await;
    assert_eq!(count(&by_id), 1, "{by_id}");
    for bad in [
        "/open311/v2/requests.json?status=pending",
        "/open311/v2/requests.json?start_date=yesterday",
        "/open311/v2/requests.json?start_date=2026-02-01T00:00:00Z&end_date=2026-01-01T00:00:00Z",
    ] {
        let (status, body) = json(&app, bad).await;
        assert_error(status, &body, 400);
    }

    let (status, single) = json(&app, &format!("/open311/v2/requests/{id}.json")).await;
    assert_eq!(status, 200);
    assert_eq!(single[0]["service_request_id"], Value::from(id.as_str()));
    let (status, body) = json(&app, &format!("/open311/v2/requests/{private}.json")).await;
    assert_error(status, &body, 404);
    let (status, body) = json(&app, "/open311/v2/requests/KNS-NOPE.json").await;
    assert_error(status, &body, 404);
}

/// An XML document: status, and the text after checking that it is well-formed (every
/// element closed by its own name) and served as XML.
async fn xml(res: reqwest::Response) -> (u16, String) {
    let status = res.status().as_u16();
    let kind = res.headers()["content-type"].to_str().unwrap().to_owned();
    assert_eq!(kind, "text/xml; charset=utf-8");
    let text = res.text().await.unwrap();
    let mut reader = quick_xml::Reader::from_str(&text);
    let mut depth = 0i32;
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(quick_xml::events::Event::Start(_)) => depth += 1,
            Ok(quick_xml::events::Event::End(_)) => depth -= 1,
            Ok(_) => {}
            Err(e) => panic!("not XML ({e}): {text}"),
        }
    }
    assert_eq!(depth, 0, "{text}");
    (status, text)
}

fn assert_xml_error(status: u16, body: &str, expected: u16) {
    assert_eq!(status, expected, "{body}");
    assert!(
        body.contains(&format!(
            "<errors><error><code>{expected}</code><description>"
        )),
        "{body}"
    );
}

/// A list as XML has as many `item`s as it has as JSON; returns the XML.
async fn same_list(app: &TestApp, path: &str, query: &str, item: &str) -> String {
    let (_, list) = json(app, &format!("{path}.json{query}")).await;
    let (status, x) = xml(app.get(&format!("{path}.xml{query}")).await).await;
    assert_eq!(status, 200);
    assert_eq!(
        x.matches(item).count(),
        list.as_array().unwrap().len(),
        "{x}"
    );
    x
}

/// Every document also comes as XML, with the same content as its JSON.
async fn every_document_comes_as_xml(backend: Backend) {
    let app = spawn_app(backend).await;
    let (status, d) = xml(app.get("/open311/discovery.xml").await).await;
    assert_eq!(status, 200);
    assert!(
        d.contains("<formats><format>application/json</format><format>text/xml</format></formats>"),
        "{d}"
    );

    let x = same_list(&app, "/open311/v2/services", "?locale=ru", "<service>").await;
    assert!(x.contains("<service_code>utilities</service_code>"), "{x}");
    assert!(
        x.contains("<service_name>Коммунальные услуги</service_name>"),
        "{x}"
    );
    let (status, x) = xml(app.get("/open311/v2/services.xml?locale=xx").await).await;
    assert_xml_error(status, &x, 400);
    let (status, x) = xml(app.get("/open311/v2/services/utilities.xml").await).await;
    assert_eq!(status, 200);
    assert!(
        x.contains("<service_definition>") && x.contains("<service_code>utilities</service_code>"),
        "{x}"
    );
    let (status, x) = xml(app.get("/open311/v2/services/volcanoes.xml").await).await;
    assert_xml_error(status, &x, 404);

    let key = api_key(&app).await;
    let post = |form: Vec<(&'static str, String)>| {
        app.client
            .post(format!("{}/open311/v2/requests.xml", app.address))
            .form(&form)
            .send()
    };
    let mut form = vec![
        ("api_key", "wrong".to_owned()),
        ("service_code", "utilities".to_owned()),
        ("address_id", "1132".to_owned()),
        ("email", "driver@example.kz".to_owned()),
        (
            "description",
            "A pit <1 m> deep & growing on the main road.".to_owned(),
        ),
    ];
    let (status, x) = xml(post(form.clone()).await.unwrap()).await;
    assert_xml_error(status, &x, 403);
    form[0].1 = key;
    let (status, x) = xml(post(form).await.unwrap()).await;
    assert_eq!(status, 201, "{x}");
    let id = x
        .split("<service_request_id>")
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .unwrap()
        .to_owned();

    let (status, x) = xml(app.get(&format!("/open311/v2/requests/{id}.xml")).await).await;
    assert_eq!(status, 200);
    assert!(
        x.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?><service_requests><request>"),
        "{x}"
    );
    assert!(
        x.contains(
            "<description>A pit &lt;1 m&gt; deep &amp; growing on the main road.</description>"
        ),
        "{x}"
    );
    assert!(
        x.contains("<address_id>1132</address_id>") && x.contains("<lat/>"),
        "{x}"
    );
    same_list(&app, "/open311/v2/requests", "", "<request>").await;
    let (status, x) = xml(app.get("/open311/v2/requests.xml?status=pending").await).await;
    assert_xml_error(status, &x, 400);
    let (status, x) = xml(app.get("/open311/v2/requests/KNS-NOPE.xml").await).await;
    assert_xml_error(status, &x, 404);
}

/// Each filing mails its filer: an application gets a budget per API key, and one address
/// a budget of its own, whichever application files for it. Over budget: 429 and when to
/// come back.
async fn filings_are_limited_per_key_and_per_filer(backend: Backend) {
    let app = spawn_app_with(backend, |s| {
        s.rate_open311_per_key_per_hour = 4;
        s.rate_open311_per_filer_per_hour = 2;
    })
    .await;
    let key = api_key(&app).await;
    let file = |email: &'static str| {
        let form = [
            ("api_key", key.clone()),
            ("service_code", "utilities".into()),
            ("address_id", "1132".into()),
            ("email", email.into()),
            (
                "description",
                "No hot water in building 5. Two weeks already.".into(),
            ),
        ];
        app.client
            .post(format!("{}/open311/v2/requests.json", app.address))
            .form(&form)
            .send()
    };
    let mut answers = Vec::new();
    for email in [
        "a@example.kz",
        "a@example.kz",
        "a@example.kz",
        "b@example.kz",
        "c@example.kz",
    ] {
        let res = file(email).await.unwrap();
        let retry_after = res
            .headers()
            .get("retry-after")
            .map(|v| v.to_str().unwrap().parse::<u64>().unwrap());
        let body: Value = res.json().await.unwrap();
        answers.push((
            body[0]["code"].as_u64(),
            retry_after,
            body[0]["description"]
                .as_str()
                .unwrap_or_default()
                .to_owned(),
        ));
    }
    let codes: Vec<_> = answers.iter().map(|(code, ..)| *code).collect();
    assert_eq!(
        codes,
        [None, None, Some(429), None, Some(429)],
        "{answers:?}"
    );
    // The filer's budget refills one filing per 30 minutes, the key's one per 15.
    let (_, filer_wait, filer) = &answers[2];
    assert!(filer.contains("email"), "{filer}");
    assert!(
        filer_wait.is_some_and(|s| (1700..=1800).contains(&s)),
        "{filer_wait:?}"
    );
    let (_, key_wait, key_refusal) = &answers[4];
    assert!(key_refusal.contains("api_key"), "{key_refusal}");
    assert!(
        key_wait.is_some_and(|s| (800..=900).contains(&s)),
        "{key_wait:?}"
    );
    assert_eq!(
        grievance_count(&app).await,
        3,
        "refused filings leave nothing behind"
    );
}

/// Clients that name the place in words file too; what cannot be placed gets a 400 that
/// says what to send.
async fn a_place_may_be_named_in_words(backend: Backend) {
    let app = spawn_app(backend).await;
    let key = api_key(&app).await;
    let file = |n: usize, place: (&'static str, &'static str)| {
        let key = key.clone();
        let app = &app;
        async move {
            let email = format!("resident{n}@example.kz");
            let form = [
                ("api_key", key.as_str()),
                ("service_code", "utilities"),
                place,
                ("email", email.as_str()),
                (
                    "description",
                    "No hot water in building 5. Two weeks already.",
                ),
            ];
            post(app, &form).await
        }
    };
    for (n, address) in [
        "Аккольский район",
        "Akkol District, Akmola Region",
        "Акколь ауданы",
        "akkol distrct",
    ]
    .into_iter()
    .enumerate()
    {
        let (status, body) = file(n, ("address_string", address)).await;
        assert_eq!(status, 201, "{address}: {body}");
        let id = body[0]["service_request_id"].as_str().unwrap().to_owned();
        let (status, one) = json(&app, &format!("/open311/v2/requests/{id}.json")).await;
        assert_eq!(status, 200);
        assert_eq!(one[0]["address_id"], "1132", "{address}: {one}");
    }
    let (status, body) = file(10, ("address_string", "221b Baker Street")).await;
    assert_eq!(status, 400, "{body}");
    assert!(body[0]["description"]
        .as_str()
        .unwrap()
        .contains("address_string"));
    let (status, body) = file(11, ("lat", "51.98")).await;
    assert_eq!(status, 400, "{body}");
    assert!(body[0]["description"]
        .as_str()
        .unwrap()
        .contains("lat/long"));
}

/// Files a grievance through Open311 located by `location`.
async fn file_at(app: &TestApp, key: &str, n: usize, location: &[(&str, &str)]) -> (u16, Value) {
    let email = format!("walker{n}@example.kz");
    let mut form = vec![
        ("api_key", key),
        ("service_code", "roads_transport"),
        ("email", email.as_str()),
        (
            "description",
            "A pothole the size of a bath. Cars swerve into the other lane.",
        ),
    ];
    form.extend_from_slice(location);
    post(app, &form).await
}

/// Phone apps send a point: it is placed in Kazakhstan's jurisdictions, narrowed by an
/// address sent with it, stored, and returned as `lat`/`long`; a point abroad, or half a
/// point, gets a 400 that says what to send.
async fn a_place_may_be_a_point(backend: Backend) {
    let app = spawn_app(backend).await;
    let key = api_key(&app).await;
    // (the location sent, the KATO code it files under, the point stored)
    type Case<'a> = (&'a [(&'a str, &'a str)], &'a str, Option<(f64, f64)>);
    let cases: [Case; 4] = [
        // Almaty's Republic Square: the city.
        (
            &[("lat", "43.2380"), ("long", "76.9450")],
            "75",
            Some((43.238, 76.945)),
        ),
        // Near Kokshetau, with the district named: the district narrows the point.
        (
            &[
                ("lat", "53.28"),
                ("long", "69.39"),
                ("address_string", "Аккольский район"),
            ],
            "1132",
            Some((53.28, 69.39)),
        ),
        // The Ulytau steppe, far from any town, with its district named.
        (
            &[
                ("lat", "47.9"),
                ("long", "67.2"),
                ("address_string", "Ulytau District"),
            ],
            "6238",
            Some((47.9, 67.2)),
        ),
        // No point at all: nothing stored, null returned.
        (&[("address_id", "1132")], "1132", None),
    ];
    for (n, (location, kato, point)) in cases.into_iter().enumerate() {
        let (status, body) = file_at(&app, &key, n, location).await;
        assert_eq!(status, 201, "{location:?}: {body}");
        let id = body[0]["service_request_id"].as_str().unwrap().to_owned();
        for path in [
            format!("/open311/v2/requests/{id}.json"),
            format!("/open311/v2/requests.json?service_request_id={id}"),
        ] {
            let (status, one) = json(&app, &path).await;
            assert_eq!(status, 200);
            assert_eq!(one[0]["address_id"], kato, "{location:?}: {one}");
            assert_eq!(one[0]["lat"].as_f64(), point.map(|p| p.0), "{one}");
            assert_eq!(one[0]["long"].as_f64(), point.map(|p| p.1), "{one}");
        }
    }
    let xml = app
        .get("/open311/v2/requests.xml?service_code=roads_transport")
        .await;
    let text = xml.text().await.unwrap();
    assert!(
        text.contains("<lat>43.238</lat>") && text.contains("<long>76.945</long>"),
        "{text}"
    );

    for (n, (location, says)) in [
        (
            &[("lat", "41.2995"), ("long", "69.2401")][..],
            "outside Kazakhstan",
        ),
        // The steppe alone names only its region: the district is asked for.
        (
            &[("lat", "47.9"), ("long", "67.2")][..],
            "Ulytau Region (62)",
        ),
        (&[("lat", "43.2380")][..], "lat/long"),
        (&[("lat", "north"), ("long", "76.9")][..], "decimal degrees"),
        (&[("lat", "95"), ("long", "76.9")][..], "-90..90"),
    ]
    .into_iter()
    .enumerate()
    {
        let (status, body) = file_at(&app, &key, 10 + n, location).await;
        assert_error(status, &body, 400);
        let description = body[0]["description"].as_str().unwrap();
        assert!(description.contains(says), "{location:?}: {description}");
    }
    assert_eq!(
        grievance_count(&app).await,
        4,
        "refused points leave nothing behind"
    );
}

/// Open311 client libraries from PyPI (`tests/open311_clients.py`) list services, file with
/// each location form and read the requests back, in JSON and XML, against this server.
async fn client_libraries_file_and_read_back(backend: Backend) {
    let app = spawn_app(backend).await;
    let key = api_key(&app).await;
    let python = std::env::var("KENES_OPEN311_PYTHON").unwrap_or_else(|_| {
        panic!("KENES_OPEN311_PYTHON is not set: `scripts/bootstrap.sh test` installs the clients")
    });
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/open311_clients.py");
    let address = app.address.clone();
    // The server answers on this runtime: the client runs on a blocking thread.
    let out = actix_web::rt::task::spawn_blocking(move || {
        std::process::Command::new(&python)
            .args([script, &address, &key])
            .output()
            .unwrap_or_else(|e| panic!("cannot run {python}: {e}"))
    })
    .await
    .unwrap();
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{said}");
    assert!(said.contains("8 requests filed"), "{said}");
    assert_eq!(grievance_count(&app).await, 8, "{said}");
}

both_backends! {
    #[actix_web::test]
    clients => client_libraries_file_and_read_back,
    points => a_place_may_be_a_point,
    places => a_place_may_be_named_in_words,
    limits => filings_are_limited_per_key_and_per_filer,
    open311 => every_endpoint_follows_georeport_v2,
    open311_xml => every_document_comes_as_xml,
}
