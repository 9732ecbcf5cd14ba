//! The breaches a black-box probe found (issue 13), each shut, each with a test that failed
//! before its fix: rooms hold only their people, private words stay private, user text
//! cannot become markup, redirects stay on the site, attachments keep their sandbox, bodies
//! are bounded, and signed-in pages are never cached.

use diesel::prelude::*;
use kenes_core::permissions::{Grant, Role};
use kenes_core::{both_backends, db, Backend};

use crate::accounts::signed_in;
use crate::filing::{code_in, key_in};
use crate::helpers::{spawn_app, spawn_app_with, Browser, TestApp};
use crate::mediation::{in_room, post, staff, started_with, Started};

/// Files a grievance through the form; returns its tracking code.
async fn file(b: &mut Browser<'_>, kato: &str, title: &str, privacy: &str) -> String {
    let body = "Water comes through the ceiling of flat 12.";
    file_with(b, kato, title, body, privacy).await
}

/// Files a grievance with this text through the form; returns its tracking code.
pub async fn file_with(
    b: &mut Browser<'_>,
    kato: &str,
    title: &str,
    body: &str,
    privacy: &str,
) -> String {
    let key = key_in(&b.get_page("/file").await);
    let page = b
        .post_page(
            "/file",
            &[
                ("idempotency_key", key.as_str()),
                ("appeal_kind", "complaint"),
                ("category", "utilities"),
                ("kato", kato),
                ("title", title),
                ("body", body),
                ("lang", "en"),
                ("privacy", privacy),
            ],
        )
        .await;
    code_in(&page)
}

/// Every row of the tables a refused step could touch, as one comparable value.
pub async fn snapshot(app: &TestApp) -> Vec<String> {
    db::interact::<_, _, kenes_core::DbError>(&app.pool, |c| {
        let mut rows = Vec::new();
        for table in [
            "grievances",
            "grievance_events",
            "supports",
            "grievance_reports",
            "attachments",
            "mediations",
            "mediation_parties",
            "room_messages",
            "room_rules_accepted",
            "room_reports",
            "room_mutes",
            "room_moderation_log",
            "room_stakeholders",
            "mediation_sessions",
            "room_interests",
            "room_proposals",
            "proposal_votes",
            "agreements",
            "agreement_responses",
            "mail_outbox",
            "role_grants",
            "mediator_profiles",
            "mediator_ties",
            "outcomes",
            "outcome_notes",
            "search_outbox",
            "alerts",
            "bodies",
            "routing_rules",
        ] {
            #[derive(QueryableByName)]
            struct Count {
                #[diesel(sql_type = diesel::sql_types::BigInt)]
                n: i64,
            }
            let n: Count =
                diesel::sql_query(format!("SELECT COUNT(*) AS n FROM {table}")).get_result(c)?;
            rows.push(format!("{table}: {}", n.n));
        }
        #[derive(QueryableByName)]
        struct G {
            #[diesel(sql_type = diesel::sql_types::Text)]
            s: String,
        }
        let states: Vec<G> = diesel::sql_query(
            "SELECT tracking_code || ':' || status || ':' || COALESCE(body_code, '') || ':' \
             || COALESCE(CAST(duplicate_of AS TEXT), '') AS s FROM grievances ORDER BY id",
        )
        .load(c)?;
        rows.extend(states.into_iter().map(|g| g.s));
        let rooms: Vec<G> = diesel::sql_query(
            "SELECT CAST(id AS TEXT) || ':' || status || ':' || CAST(room_locked AS TEXT) || ':' \
             || CAST(slow_mode_secs AS TEXT) AS s FROM mediations ORDER BY id",
        )
        .load(c)?;
        rows.extend(rooms.into_iter().map(|g| g.s));
        let reports: Vec<G> = diesel::sql_query(
            "SELECT CAST(id AS TEXT) || ':' || COALESCE(CAST(handled_at AS TEXT), 'open') AS s \
             FROM room_reports ORDER BY id",
        )
        .load(c)?;
        rows.extend(reports.into_iter().map(|g| g.s));
        let hidden: Vec<G> = diesel::sql_query(
            "SELECT CAST(id AS TEXT) || ':' || COALESCE(CAST(hidden_at AS TEXT), 'shown') AS s \
             FROM room_messages ORDER BY id",
        )
        .load(c)?;
        rows.extend(hidden.into_iter().map(|g| g.s));
        Ok(rows)
    })
    .await
    .unwrap()
}

/// The id of the newest message in any room.
pub async fn last_message(app: &TestApp) -> String {
    db::interact::<_, _, kenes_core::DbError>(&app.pool, |c| {
        use kenes_core::schema::room_messages;
        Ok(room_messages::table
            .select(diesel::dsl::max(room_messages::id))
            .first::<Option<i64>>(c)?)
    })
    .await
    .unwrap()
    .unwrap()
    .to_string()
}

async fn rooms_hold_only_their_people(backend: Backend) {
    let app = spawn_app(backend).await;
    let Started {
        room,
        mut citizen,
        mut official,
        ..
    } = in_room(&app).await;
    let words = "The leak reached the second floor.";
    post(
        &mut citizen,
        &room,
        &[("op", "post"), ("body", words), ("lang", "en")],
    )
    .await;
    let message = last_message(&app).await;
    post(
        &mut official,
        &room,
        &[
            ("op", "report"),
            ("message", &message),
            ("reason", "Off topic"),
        ],
    )
    .await;

    // Mediators not on the case, in the case's region and in another; a moderator of another
    // region. The case is in district 1132 of region 11.
    let outsiders = [
        staff(
            &app,
            "m15@example.kz",
            Grant::new(Role::Mediator).kato("15"),
        )
        .await,
        staff(
            &app,
            "m11@example.kz",
            Grant::new(Role::Mediator).kato("11"),
        )
        .await,
        staff(
            &app,
            "mod15@example.kz",
            Grant::new(Role::Moderator).kato("15"),
        )
        .await,
    ];
    for mut outsider in outsiders {
        assert_eq!(outsider.get(&room).await.status(), 404, "the room page");
        assert_eq!(
            outsider.get(&format!("{room}/events")).await.status(),
            404,
            "the event stream"
        );
        let queue = outsider.get_page("/moderation").await;
        assert!(!queue.contains(words), "the moderation queue: {queue}");
        let report = db::interact::<_, _, kenes_core::DbError>(&app.pool, |c| {
            use kenes_core::schema::room_reports;
            Ok(room_reports::table
                .select(room_reports::id)
                .first::<i64>(c)?)
        })
        .await
        .unwrap()
        .to_string();
        let before = snapshot(&app).await;
        for form in [
            vec![("op", "rules")],
            vec![("op", "post"), ("body", "I am in."), ("lang", "en")],
            vec![("op", "hide"), ("message", &message), ("reason", "x")],
            vec![
                ("op", "mute"),
                ("message", &message),
                ("minutes", "10"),
                ("reason", "x"),
            ],
            vec![("op", "lock"), ("reason", "x")],
            vec![("op", "unlock"), ("reason", "x")],
            vec![("op", "slow"), ("seconds", "60"), ("reason", "x")],
            vec![("op", "report"), ("message", &message), ("reason", "x")],
            vec![("op", "propose"), ("text", "Fix it by Friday.")],
        ] {
            let res = outsider.post(&room, &form).await;
            assert_ne!(res.status(), 303, "{form:?} was carried out");
        }
        for form in [
            vec![("op", "dismiss"), ("report", &report), ("reason", "x")],
            vec![
                ("op", "hide"),
                ("code", &room[6..]),
                ("message", &message),
                ("reason", "x"),
            ],
        ] {
            let res = outsider.post("/moderation", &form).await;
            assert_ne!(res.status(), 303, "/moderation {form:?} was carried out");
        }
        assert_eq!(
            snapshot(&app).await,
            before,
            "a refused step changed nothing"
        );
    }

    // A moderator whose territory covers the case moderates it.
    let mut moderator = staff(
        &app,
        "mod11@example.kz",
        Grant::new(Role::Moderator).kato("11"),
    )
    .await;
    assert_eq!(moderator.get(&room).await.status(), 200);
    assert!(moderator.get_page("/moderation").await.contains(words));
    let done = post(
        &mut moderator,
        &room,
        &[
            ("op", "hide"),
            ("message", &message),
            ("reason", "Off topic"),
        ],
    )
    .await;
    assert!(done.starts_with(&room), "{done}");
}

async fn private_words_stay_private(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut citizen = signed_in(&app).await;
    let code = file(&mut citizen, "1132", "Leaking roof", "private").await;
    let g = format!("/g/{code}");
    let mut official = staff(
        &app,
        "akim@example.kz",
        Grant::new(Role::Official).body("akimat-1132"),
    )
    .await;
    post(&mut official, &g, &[("op", "accept")]).await;
    let hope = "Please fix the roof before the snow, my mother is ill.";
    post(&mut citizen, &g, &[("op", "m-request"), ("hope", hope)]).await;
    let why = "The flat of the complainant was inspected twice already.";
    post(&mut official, &g, &[("op", "m-decline"), ("reason", why)]).await;
    let author_page = citizen.get_page(&g).await;
    assert!(
        author_page.contains(hope),
        "the author reads their own words"
    );
    assert!(official.get_page(&g).await.contains(hope), "and the body");
    for path in [g.clone(), format!("/track?code={code}")] {
        let page = app.browser().get_page(&path).await;
        assert!(page.contains(&code), "{path}: the grievance shows: {page}");
        assert!(!page.contains(hope), "{path}: the hope leaks: {page}");
        assert!(!page.contains(why), "{path}: the reason leaks");
        let mut other = signed_up_and_other(&app).await;
        let page = other.get_page(&path).await;
        assert!(!page.contains(hope) && !page.contains(why), "{path}");
    }
}

/// Another citizen, signed in.
async fn signed_up_and_other(app: &TestApp) -> Browser<'_> {
    let email = "other@example.kz";
    let exists = db::interact::<_, _, kenes_core::DbError>(&app.pool, move |c| {
        use kenes_core::schema::users;
        Ok(users::table
            .filter(users::email.eq(email))
            .count()
            .get_result::<i64>(c)?)
    })
    .await
    .unwrap();
    let mut b = if exists == 0 {
        crate::accounts::signed_up_and_verified_as(app, email, "Other").await
    } else {
        app.browser()
    };
    b.post(
        "/signin",
        &[("email", email), ("password", crate::accounts::PASSWORD)],
    )
    .await;
    b
}

/// Asserts that an HTML page has a title (screen readers announce it first; axe's
/// `document-title`), whoever reads it, refused or not.
pub fn assert_has_title(page: &str, context: &str) {
    if !page.contains("<html") {
        return; // not a page: an attachment, a CSV, a feed
    }
    let title = page
        .split_once("<title>")
        .and_then(|(_, rest)| rest.split_once("</title>"))
        .map(|(title, _)| title.trim());
    assert!(
        title.is_some_and(|t| !t.is_empty()),
        "{context}: the page has no <title>"
    );
}

/// Asserts that no user text became markup in a page: no element carries an event handler
/// or a `javascript:` address, no `<meta http-equiv>` or `<svg>` came in (the pages have
/// neither outside charts, which carry no handlers), and the payloads' tags are not there raw.
pub fn assert_no_markup_from_users(page: &str, context: &str) {
    for raw in ["<svg onload", "<meta http-equiv", "<a href=\"javascript:"] {
        assert!(
            !page.contains(raw),
            "{context}: {raw} is in the page unescaped"
        );
    }
    let doc = scraper::Html::parse_document(page);
    let all = scraper::Selector::parse("*").unwrap();
    for el in doc.select(&all) {
        let v = el.value();
        for (name, value) in v.attrs() {
            assert!(
                !name.starts_with("on"),
                "{context}: <{} {name}={value:?}>",
                v.name()
            );
            assert!(
                !value.trim_start().to_lowercase().starts_with("javascript:"),
                "{context}: <{} {name}={value:?}>",
                v.name()
            );
        }
        assert!(
            !(v.name() == "meta" && v.attr("http-equiv").is_some()),
            "{context}: a meta http-equiv came in"
        );
    }
}

/// Asserts that user text shows as text: nothing of it became markup, the raw payload is
/// nowhere in the page, and the text itself (decoded) is there.
pub fn assert_inert(page: &str, payload: &str, context: &str) {
    assert_no_markup_from_users(page, context);
    assert!(
        !page.contains(payload),
        "{context}: the payload is in the page unescaped"
    );
    let doc = scraper::Html::parse_document(page);
    let text: String = doc.root_element().text().collect();
    assert!(
        text.contains(payload),
        "{context}: the text itself is missing"
    );
}

pub const TITLE_BREAKOUT: &str =
    r#"Broken lift</title><meta http-equiv="refresh" content="0;url=https://evil.example/">"#;
pub const TEXTAREA_BREAKOUT: &str =
    r#"Cold</textarea><svg onload=alert(1)><a href="javascript:alert(2)">x</a>"#;

async fn user_text_cannot_become_markup(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut citizen = signed_in(&app).await;
    let code = file(&mut citizen, "1132", TITLE_BREAKOUT, "public").await;
    let page = app.browser().get_page(&format!("/g/{code}")).await;
    assert_inert(&page, TITLE_BREAKOUT, "the grievance page's title");

    // A refused form shows the typed text again, inside its textarea.
    let key = key_in(&citizen.get_page("/file").await);
    let page = citizen
        .post_page(
            "/file",
            &[
                ("idempotency_key", key.as_str()),
                ("appeal_kind", "complaint"),
                ("category", "utilities"),
                ("kato", "1132"),
                ("title", ""),
                ("body", TEXTAREA_BREAKOUT),
                ("lang", "en"),
                ("privacy", "public"),
            ],
        )
        .await;
    assert_inert(&page, TEXTAREA_BREAKOUT, "the refused filing form");
    // It also offers the grievance already reported there, whose title stays text.
    assert!(page.contains(&format!("/g/{code}")), "{page}");
    assert_inert(
        &page,
        TITLE_BREAKOUT,
        "what the filing form finds already reported",
    );
    let doc = scraper::Html::parse_document(&page);
    let body = scraper::Selector::parse("textarea#body").unwrap();
    let typed: String = doc.select(&body).next().unwrap().text().collect();
    assert_eq!(
        typed, TEXTAREA_BREAKOUT,
        "the textarea holds exactly what was typed"
    );
}

async fn observers_never_see_a_private_title(backend: Backend) {
    let app = spawn_app(backend).await;
    let Started {
        room,
        mut citizen,
        mut official,
        ..
    } = started_with(&app, "private").await;
    let g = room.replace("/room/", "/g/");
    for b in [&mut citizen, &mut official] {
        post(b, &g, &[("op", "m-observers"), ("allow", "yes")]).await;
    }
    let page = app.browser().get_page(&room).await;
    assert!(page.contains("as an observer"), "{page}");
    assert!(!page.contains("No hot water"), "the private title: {page}");
    assert!(citizen.get_page(&room).await.contains("No hot water"));
}

async fn redirects_stay_on_the_site(backend: Backend) {
    let app = spawn_app(backend).await;
    let site = reqwest::Url::parse(&app.address).unwrap();
    for next in [
        "/\t/evil.example/",
        "//evil.example",
        "/\\evil.example",
        "\\/evil.example",
        "/\\/evil.example",
        "/\n/evil.example",
        "/.//evil.example",
        "///evil.example",
        "https://evil.example/",
        "javascript:alert(1)",
        " //evil.example",
        "/%2F%2Fevil.example",
    ] {
        let res = app
            .get(&format!(
                "/lang/en?next={}",
                reqwest::Url::parse("http://x/")
                    .unwrap()
                    .query_pairs_mut()
                    .append_pair("n", next)
                    .finish()
                    .query()
                    .unwrap()
                    .trim_start_matches("n=")
            ))
            .await;
        assert_eq!(res.status(), 303, "{next:?}");
        let location = res.headers()["location"].to_str().unwrap().to_owned();
        let target = site.join(&location).unwrap();
        assert_eq!(target.origin(), site.origin(), "{next:?} -> {location:?}");
        assert!(
            location.starts_with('/') && !location.starts_with("//"),
            "{next:?} -> {location:?}"
        );
        assert!(
            !location.contains(['\\', '\t', '\n', '\r', ' ']),
            "{next:?} -> {location:?}"
        );
    }
}

async fn attachments_keep_their_sandbox(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut b = signed_in(&app).await;
    let key = key_in(&b.get_page("/file").await);
    let page = b
        .post_multipart(
            "/file",
            &[
                ("idempotency_key", key.as_str()),
                ("appeal_kind", "complaint"),
                ("category", "utilities"),
                ("kato", "1132"),
                ("title", "Broken door"),
                ("body", "The entrance door is broken; see the photo."),
                ("lang", "en"),
                ("privacy", "public"),
            ],
            &[("file", "door.png", crate::filing::PNG)],
        )
        .await
        .text()
        .await
        .unwrap();
    let code = code_in(&page);
    let page = b.get_page(&format!("/g/{code}")).await;
    let href = crate::helpers::attribute_after(&page, r#"<a href="/attachments/"#);
    let res = b.get(&format!("/attachments/{href}")).await;
    assert_eq!(res.status(), 200);
    assert_eq!(
        res.headers()["content-security-policy"],
        "sandbox; default-src 'none'"
    );
}

async fn bodies_are_bounded(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut citizen = signed_in(&app).await;
    let code = file(&mut citizen, "1132", "Dark street", "public").await;
    let g = format!("/g/{code}");
    let before = snapshot(&app).await;

    // The probe's form: 2,560 text fields of 16 KiB (40 MB).
    let field = "x".repeat(16 * 1024);
    let mut form = reqwest::multipart::Form::new().text("op", "support");
    for i in 0..2560 {
        form = form.text(format!("f{i}"), field.clone());
    }
    let res = app
        .client
        .post(format!("{}{g}", app.address))
        .header("Origin", &app.address)
        .header("Accept-Language", "ru")
        .multipart(form)
        .send()
        .await;
    // The server may close the connection before it has read all 40 MB.
    if let Ok(res) = res {
        assert_eq!(res.status(), 413);
        let page = res.text().await.unwrap();
        assert!(
            page.contains("Отправленное больше, чем принимает сайт"),
            "{page}"
        );
    }

    // Many small fields: refused by their number.
    let many: Vec<(String, String)> = (0..150).map(|i| (format!("f{i}"), "1".into())).collect();
    let res = app
        .client
        .post(format!("{}{g}", app.address))
        .header("Origin", &app.address)
        .header("Accept-Language", "en")
        .form(&many)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 413);
    assert!(res
        .text()
        .await
        .unwrap()
        .contains("more fields than any form of this site"));

    // A url-encoded body over the limit, and one sent in chunks without a length.
    let big = format!("op=support&pad={}", "y".repeat(70 * 1024));
    let res = citizen_post_raw(&app, &g, big.clone().into_bytes(), false).await;
    assert_eq!(res.status(), 413);
    let res = citizen_post_raw(&app, &g, big.into_bytes(), true).await;
    assert_eq!(res.status(), 413);

    // Text that is not UTF-8: refused with a reason, not silently replaced.
    let res = citizen_post_raw(&app, &g, b"op=support&reason=%FF%FE".to_vec(), false).await;
    assert_eq!(res.status(), 400);
    assert!(res
        .text()
        .await
        .unwrap()
        .contains("encoding this site cannot read"));
    assert_eq!(snapshot(&app).await, before, "nothing changed");

    // The limits are settings.
    let small = spawn_app_with(backend, |s| s.form_max_bytes = 100).await;
    let res = small
        .client
        .post(format!("{}/signin", small.address))
        .header("Origin", &small.address)
        .form(&[("email", "a@example.kz"), ("password", &"p".repeat(200))])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 413);
}

async fn citizen_post_raw(
    app: &TestApp,
    path: &str,
    body: Vec<u8>,
    chunked: bool,
) -> reqwest::Response {
    let req = app
        .client
        .post(format!("{}{path}", app.address))
        .header("Origin", &app.address)
        .header("Accept-Language", "en")
        .header("Content-Type", "application/x-www-form-urlencoded");
    let req = if chunked {
        let stream = futures_util::stream::iter(
            body.chunks(8 * 1024)
                .map(|c| Ok::<_, std::io::Error>(c.to_vec()))
                .collect::<Vec<_>>(),
        );
        req.body(reqwest::Body::wrap_stream(stream))
    } else {
        req.body(body)
    };
    req.send().await.unwrap()
}

async fn duplicates_link_only_what_the_official_may_read(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut citizen = signed_in(&app).await;
    let mine = file(&mut citizen, "1132", "Broken bench", "public").await;
    let theirs = file(&mut citizen, "1510", "Broken bench in Aktobe", "private").await;
    let mut official = staff(
        &app,
        "akim@example.kz",
        Grant::new(Role::Official).body("akimat-1132"),
    )
    .await;
    let before = snapshot(&app).await;
    let page = post(
        &mut official,
        &format!("/g/{mine}"),
        &[("op", "link"), ("of", &theirs)],
    )
    .await;
    assert!(
        !page.starts_with("/g/"),
        "linked to another body's grievance"
    );
    assert_eq!(snapshot(&app).await, before, "neither timeline changed");
    // The same official links two grievances of their own body.
    let other = file(&mut citizen, "1132", "Broken bench again", "public").await;
    let done = post(
        &mut official,
        &format!("/g/{other}"),
        &[("op", "link"), ("of", &mine)],
    )
    .await;
    assert!(done.starts_with(&format!("/g/{other}")), "{done}");
}

async fn signed_in_pages_are_not_cached(backend: Backend) {
    let app = spawn_app(backend).await;
    let res = app.get("/").await;
    assert!(
        !res.headers().contains_key("cache-control"),
        "public pages may be cached"
    );
    let mut citizen = signed_in(&app).await;
    for path in ["/", "/my", "/account"] {
        let res = citizen.get(path).await;
        assert_eq!(res.headers()["cache-control"], "no-store", "{path}");
    }
}

/// A mediator's bio in the public registry, an agreement's commitments on the grievance
/// page and the room, and a party's comment on the mediator stay text.
async fn registry_and_commitments_keep_text_as_text(backend: Backend) {
    let app = spawn_app(backend).await;
    let Started {
        room,
        mut citizen,
        mut official,
        mut mediator,
        mut coordinator,
        ..
    } = in_room(&app).await;
    mediator
        .post(
            "/mediator",
            &[
                ("op", "profile"),
                ("bio", TEXTAREA_BREAKOUT),
                ("languages", "en"),
                ("available", "yes"),
            ],
        )
        .await;
    let list = app.browser().get_page("/mediators").await;
    let record = crate::helpers::attribute_after(&list, r#"href="/mediators/"#);
    let page = app
        .browser()
        .get_page(&format!("/mediators/{record}"))
        .await;
    assert_inert(&page, TEXTAREA_BREAKOUT, "the mediator's public record");
    assert_no_markup_from_users(&list, "the registry");

    post(
        &mut mediator,
        &room,
        &[
            ("op", "draft"),
            ("agreement", "Repairs."),
            ("c1_party", "body"),
            ("c1_what", TITLE_BREAKOUT),
            ("c1_due", "2027-03-01"),
            ("c1_check", TEXTAREA_BREAKOUT),
        ],
    )
    .await;
    assert_inert(
        &mediator.get_page(&room).await,
        TITLE_BREAKOUT,
        "the room's commitments",
    );
    for b in [&mut citizen, &mut official] {
        post(b, &room, &[("op", "respond"), ("accept", "yes")]).await;
    }
    let g = room.replace("/room/", "/g/");
    let page = official.get_page(&g).await;
    assert_inert(&page, TITLE_BREAKOUT, "the grievance page's commitments");
    assert_inert(&page, TEXTAREA_BREAKOUT, "how a commitment is checked");
    let marks = [
        ("op", "m-feedback"),
        ("q_neutral", "4"),
        ("q_heard", "4"),
        ("q_clear", "4"),
        ("q_again", "4"),
        ("comment", TITLE_BREAKOUT),
    ];
    post(&mut citizen, &g, &marks).await;
    let seen = coordinator.get_page(&format!("/mediators/{record}")).await;
    assert_inert(
        &seen,
        TITLE_BREAKOUT,
        "a party's comment, for the coordinator",
    );
}

both_backends! {
    #[actix_web::test]
    registry_text => registry_and_commitments_keep_text_as_text,
    rooms => rooms_hold_only_their_people,
    private_words => private_words_stay_private,
    markup => user_text_cannot_become_markup,
    observers => observers_never_see_a_private_title,
    redirects => redirects_stay_on_the_site,
    sandbox => attachments_keep_their_sandbox,
    bounded => bodies_are_bounded,
    duplicates => duplicates_link_only_what_the_official_may_read,
    no_store => signed_in_pages_are_not_cached,
}
