//! Filing a grievance through the form, as a citizen on a phone without JavaScript would.

use kenes_core::{both_backends, Backend};

use crate::accounts::{signed_in, EMAIL};
use crate::helpers::{spawn_app, spawn_app_with, Browser, TestApp};

/// The tracking code a page shows after filing.
pub fn code_in(page: &str) -> String {
    page.split(r#"<p class="code big">"#)
        .nth(1)
        .expect("a filed grievance's code")
        .split('<')
        .next()
        .unwrap()
        .to_owned()
}

/// The value of the hidden idempotency key in a page.
pub fn key_in(page: &str) -> String {
    crate::helpers::attribute_after(page, r#"name="idempotency_key" value=""#)
}

async fn file_follow_and_list(backend: Backend) {
    let app = spawn_app(backend).await;
    let guest = app.browser().get_page("/file").await;
    assert!(
        guest.contains(r#"name="email""#),
        "guests file with an address to confirm"
    );
    // A guest has no display name: "public with my name" is not offered.
    assert!(!guest.contains(r#"value="public""#), "{guest}");
    let mut b = signed_in(&app).await;
    assert!(b.get_page("/file").await.contains(r#"value="public""#));

    let page = b.get_page("/file").await;
    assert!(page.contains("Roads and transport"), "categories listed");
    assert!(
        page.contains(r#"<optgroup label="Akmola Region" data-region="11">"#),
        "places grouped by region"
    );
    let key = key_in(&page);

    let mut form = vec![
        ("idempotency_key", key.as_str()),
        ("appeal_kind", "complaint"),
        ("category", "utilities"),
        ("kato", ""),
        ("title", "Hot"),
        ("body", "No hot water in building 5 since Monday."),
        ("lang", "en"),
        ("privacy", "private"),
    ];
    let page = b.post_page("/file", &form).await;
    // Each message names its field, in the summary as beside the field.
    let place = "Choose the district or city the problem is in.";
    assert_eq!(page.matches(place).count(), 2, "place missing: {page}");
    let title = "Write a little more in the title.";
    assert_eq!(page.matches(title).count(), 2, "title too short: {page}");
    assert!(
        page.contains("No hot water in building 5 since Monday."),
        "typed text kept"
    );
    assert_eq!(key_in(&page), key, "the corrected form keeps its key");

    form[3] = ("kato", "1132");
    form[4] = ("title", "No hot water");
    let page = b.post_page("/file", &form).await;
    assert!(page.contains("Your grievance is filed."), "{page}");
    let code = code_in(&page);
    assert!(
        kenes_core::grievances::terms::parse_tracking_code(&code).is_some(),
        "{code}"
    );

    // A double tap (the same form again) files nothing new.
    let again = b.post_page("/file", &form).await;
    assert!(again.contains(&code));

    let mail = app.wait_for_mail(EMAIL, 2).await;
    assert_eq!(
        mail.subject,
        format!("Your grievance “No hot water” ({code}) is filed")
    );
    assert!(mail.body.contains(&format!("/g/{code}")));

    let page = b.get_page(&format!("/track?code={code}")).await;
    assert!(page.contains("Timeline") && page.contains("Submitted") && page.contains("citizen"));
    assert!(page.contains("No hot water"), "the author sees the title");
    // The day it was filed, as people write it (and as Kazakhstan counts days).
    let shown = crate::helpers::today_as_shown();
    assert!(page.contains(&shown), "{shown} in {page}");

    let mine = b.get_page("/my").await;
    assert_eq!(mine.matches(r#"class="card grievance""#).count(), 1);
    assert!(mine.contains(&shown), "{shown} in {mine}");

    // A private grievance: someone else holding the code sees state and deadline, not text.
    let stranger = app.browser().get_page(&format!("/track?code={code}")).await;
    assert!(stranger.contains("This grievance is private"));
    assert!(!stranger.contains("No hot water"));
}

async fn drafts_survive_a_lost_connection(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut b = signed_in(&app).await;
    let key = key_in(&b.get_page("/file").await);
    let page = b
        .post_page(
            "/file",
            &[
                ("op", "draft"),
                ("idempotency_key", key.as_str()),
                ("category", "utilities"),
                ("title", "Half-written"),
                ("body", "The boiler in building 5"),
            ],
        )
        .await;
    assert!(page.contains("Your draft is saved."));
    // The phone loses its connection; later the citizen opens the form again.
    let page = b.get_page("/file").await;
    assert!(page.contains("Your draft of"), "{page}");
    assert!(page.contains(r#"value="Half-written""#));
    assert!(page.contains(">The boiler in building 5</textarea>"));
    assert!(page.contains(r#"<option value="utilities" selected"#));
    // A refused submission is kept as the draft, too.
    let key = key_in(&page);
    let form = [
        ("idempotency_key", key.as_str()),
        ("appeal_kind", "complaint"),
        ("category", "utilities"),
        ("kato", ""),
        ("title", "No hot water"),
        ("body", "The boiler in building 5 is broken."),
        ("lang", "en"),
        ("privacy", "public"),
    ];
    b.post_page("/file", &form).await;
    assert!(b
        .get_page("/file")
        .await
        .contains(">The boiler in building 5 is broken.</textarea>"));
    let mut form = form.to_vec();
    form[3] = ("kato", "1132");
    assert!(b
        .post_page("/file", &form)
        .await
        .contains("Your grievance is filed."));
    let page = b.get_page("/file").await;
    assert!(!page.contains("Your draft of"), "filing removes the draft");
    assert!(!page.contains("is broken."));
}

async fn guests_confirm_by_mail_and_follow_by_secret_link(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut guest = app.browser();
    let key = key_in(&guest.get_page("/file").await);
    let mut form = vec![
        ("idempotency_key", key.as_str()),
        ("email", "guest-at-example"),
        ("appeal_kind", "complaint"),
        ("category", "utilities"),
        ("kato", "1132"),
        ("title", "No water in the quarter"),
        ("body", "The whole quarter has had no water for three days."),
        ("lang", "en"),
        ("privacy", "private"),
    ];
    let page = guest.post_page("/file", &form).await;
    assert!(
        page.contains("Enter an e-mail address like"),
        "next to the field"
    );
    assert!(page.contains("No water in the quarter"), "typed text kept");
    form[1] = ("email", "guest@example.kz");
    // Nor is it accepted when posted anyway.
    form[8] = ("privacy", "public");
    let page = guest.post_page("/file", &form).await;
    assert!(page.contains("Choose who may see it."), "{page}");
    form[8] = ("privacy", "private");
    let page = guest.post_page("/file", &form).await;
    assert!(
        page.contains("we have sent a link to guest@example.kz"),
        "the address is named: {page}"
    );
    let mail = app.wait_for_mail("guest@example.kz", 1).await;
    assert_eq!(mail.subject, "Confirm your grievance for Kenes");
    let link = mail.link("/file/confirm?token=");
    let token = link.split("token=").nth(1).unwrap().to_owned();
    // Opening the link files nothing (mail scanners open links); the button does.
    let page = guest
        .get_page(&format!("/file/confirm?token={token}"))
        .await;
    assert!(page.contains("Confirm and file"));
    let page = guest.post_page("/file/confirm", &[("token", &token)]).await;
    assert!(page.contains("Your grievance is filed."), "{page}");
    let code = code_in(&page);
    let secret = page
        .split(&format!("/g/{code}?key="))
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let mail = app.wait_for_mail("guest@example.kz", 2).await;
    assert!(mail.body.contains(&format!("/g/{code}?key={secret}")));
    let again = guest.post_page("/file/confirm", &[("token", &token)]).await;
    assert!(
        again.contains(&code) && !again.contains(&secret),
        "no second filing, no key"
    );

    // The secret link shows the private text and the author's steps; nothing else does.
    let page = guest.get_page(&format!("/g/{code}?key={secret}")).await;
    assert!(page.contains("No water in the quarter") && page.contains("Withdraw"));
    let page = guest.get_page(&format!("/g/{code}?key=guessed")).await;
    assert!(!page.contains("No water in the quarter") && !page.contains("Withdraw"));
    let res = guest
        .post(
            &format!("/g/{code}"),
            &[
                ("op", "withdraw"),
                ("reason", "The water came back this morning."),
                ("confirm", "yes"),
                ("key", &secret),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(
        res.headers()["location"],
        format!("/g/{code}?key={secret}&done=withdraw").as_str()
    );
    assert!(guest
        .get_page(&format!("/g/{code}"))
        .await
        .contains("Withdrawn"));
}

pub const PNG: &[u8] =
    b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";
const PDF: &[u8] = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n";

async fn attachments_are_checked_by_content_and_shown_only_to_those_allowed(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut b = signed_in(&app).await;
    let key = key_in(&b.get_page("/file").await);
    let fields = [
        ("idempotency_key", key.as_str()),
        ("appeal_kind", "complaint"),
        ("category", "utilities"),
        ("kato", "1132"),
        ("title", "Broken boiler"),
        ("body", "The boiler room door is broken; see the photo."),
        ("lang", "en"),
        ("privacy", "public_anonymous"),
    ];
    // A page pretending to be a photo is refused by its content; nothing is filed.
    let fake: &[u8] = b"<html><script>alert(1)</script></html>";
    let res = b
        .post_multipart("/file", &fields, &[("file", "photo.jpg", fake)])
        .await;
    let page = res.text().await.unwrap();
    assert!(
        page.contains("Only JPEG, PNG, WebP photos and PDF documents"),
        "{page}"
    );
    assert!(page.contains("Broken boiler"), "typed text kept");
    assert!(!b.get_page("/my").await.contains("Broken boiler"));

    let res = b
        .post_multipart("/file", &fields, &[("file", "../../door.png", PNG)])
        .await;
    let page = res.text().await.unwrap();
    assert!(page.contains("Your grievance is filed."), "{page}");
    let code = code_in(&page);
    let page = b.get_page(&format!("/g/{code}")).await;
    assert!(
        page.contains(">door.png</a>"),
        "the name without its path: {page}"
    );
    let href = crate::helpers::attribute_after(&page, r#"<a href="/attachments/"#);
    let res = b.get(&format!("/attachments/{href}")).await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "image/png");
    assert_eq!(res.bytes().await.unwrap().as_ref(), PNG);
    // The name is hidden from the public, and a photo may show who filed: not for them.
    let res = app.browser().get(&format!("/attachments/{href}")).await;
    assert_eq!(res.status(), 404);
    assert!(!app
        .browser()
        .get_page(&format!("/g/{code}"))
        .await
        .contains("door.png"));

    // More files on the grievance's page, up to five.
    let path = format!("/g/{code}");
    let two = [("file", "act.pdf", PDF), ("file", "act2.pdf", PDF)];
    let res = b.post_multipart(&path, &[("op", "attach")], &two).await;
    assert_eq!(res.status(), 303);
    let three = [
        ("file", "a.png", PNG),
        ("file", "b.png", PNG),
        ("file", "c.png", PNG),
    ];
    let res = b.post_multipart(&path, &[("op", "attach")], &three).await;
    let page = res.text().await.unwrap();
    assert!(
        page.contains("A grievance may have at most 5 files."),
        "{page}"
    );
    let page = b.get_page(&format!("/g/{code}")).await;
    assert_eq!(page.matches(r#"<a href="/attachments/"#).count(), 3);
    let mut stranger = app.browser();
    let res = stranger
        .post_multipart(
            &format!("/g/{code}"),
            &[("op", "attach")],
            &[("file", "x.png", PNG)],
        )
        .await;
    assert!(res
        .text()
        .await
        .unwrap()
        .contains("You do not have the right to do this."));

    // A browser without JavaScript sends the empty file field when no file is chosen.
    let key = key_in(&b.get_page("/file").await);
    let mut fields = fields;
    fields[0] = ("idempotency_key", key.as_str());
    fields[4] = ("title", "Leaking roof");
    let res = b
        .post_multipart("/file", &fields, &[("file", "", b"")])
        .await;
    let page = res.text().await.unwrap();
    assert!(page.contains("Your grievance is filed."), "{page}");
}

/// Every POST wakes the mail worker, whichever page it reaches: with the outbox polled once
/// an hour, the sign-up and filing mails still arrive at once.
async fn posts_wake_the_mail_worker(backend: Backend) {
    let app = spawn_app_with(backend, |s| s.mail_poll_secs = 3600).await;
    let mut b = signed_in(&app).await;
    let key = key_in(&b.get_page("/file").await);
    let form = [
        ("idempotency_key", key.as_str()),
        ("appeal_kind", "complaint"),
        ("category", "utilities"),
        ("kato", "1132"),
        ("title", "No hot water"),
        ("body", "No hot water in building 5 since Monday."),
        ("lang", "en"),
        ("privacy", "public"),
    ];
    let code = code_in(&b.post_page("/file", &form).await);
    let mail = app.wait_for_mail(EMAIL, 2).await;
    assert_eq!(
        mail.subject,
        format!("Your grievance “No hot water” ({code}) is filed")
    );
}

/// Before filing, a citizen sees the open public grievances of the same kind in the same
/// place, most supported first, and may support one instead; private, ended and other
/// grievances are not offered, and what they typed is kept.
async fn already_reported_grievances_are_offered_before_filing(backend: Backend) {
    use crate::accounts::signed_in_as;
    use crate::handling::{file, step};
    let app = spawn_app(backend).await;
    let mut author = signed_in(&app).await;
    let newer = file(
        &mut author,
        "Cold radiators in building 5",
        "public_anonymous",
    )
    .await;
    let older = file(
        &mut author,
        "No hot water in building 5",
        "public_anonymous",
    )
    .await;
    file(&mut author, "A private pipe", "private").await;
    let ended = file(&mut author, "A withdrawn leak", "public_anonymous").await;
    let withdraw = [
        ("op", "withdraw"),
        ("reason", "Settled with the neighbours."),
        ("confirm", "yes"),
    ];
    step(&mut author, &ended, &withdraw).await.unwrap();
    let mut neighbour = signed_in_as(&app, "dana@example.kz", "Дана").await;
    step(&mut neighbour, &older, &[("op", "support")])
        .await
        .unwrap();

    let mut citizen = signed_in_as(&app, "erlan@example.kz", "Ерлан").await;
    let key = key_in(&citizen.get_page("/file").await);
    let mut form = vec![
        ("op", "similar"),
        ("idempotency_key", key.as_str()),
        ("appeal_kind", "complaint"),
        ("category", "utilities"),
        ("kato", "1132"),
        ("title", "Still no hot water"),
        ("body", "Building 5 has had no hot water for a week."),
        ("lang", "en"),
        ("privacy", "public_anonymous"),
    ];
    let page = citizen.post_page("/file", &form).await;
    assert!(page.contains("Already reported?"), "{page}");
    let offered: Vec<&str> = page.matches("href=\"/g/KZ-").collect();
    assert_eq!(offered.len(), 2, "{page}");
    let (first, second) = (
        page.find(&format!("/g/{older}"))
            .expect("the supported one"),
        page.find(&format!("/g/{newer}")).expect("the newer one"),
    );
    assert!(first < second, "the most supported comes first");
    assert!(page.contains("1 supporter") && page.contains("0 supporters"));
    assert!(!page.contains("A private pipe") && !page.contains("A withdrawn leak"));
    assert!(
        page.contains(r#"value="Still no hot water""#),
        "typed title kept"
    );
    assert!(page.contains("saved as a draft"));
    assert!(!page.contains("Your grievance is filed."));
    assert_eq!(key_in(&page), key, "still the same form");
    assert!(citizen
        .get_page("/file")
        .await
        .contains(r#"value="Still no hot water""#));
    assert!(!citizen.get_page("/my").await.contains("Still no hot water"));

    // Another kind of problem in the same place: nothing to offer, and it says so.
    form[3] = ("category", "roads");
    let page = citizen.post_page("/file", &form).await;
    assert!(
        page.contains("Nothing of this kind is open in this place yet."),
        "{page}"
    );
    // Without a place there is nothing to compare with.
    form[4] = ("kato", "");
    let page = citizen.post_page("/file", &form).await;
    assert!(page.contains("Choose the kind of problem and the district or city first."));
    // A guest sees the same list, in Russian, without a draft to keep.
    let guest = app
        .browser()
        .post_page(
            "/file?lang=ru",
            &[
                ("op", "similar"),
                ("category", "utilities"),
                ("kato", "1132"),
            ],
        )
        .await;
    assert!(guest.contains("1 сторонник") && guest.contains(&format!("/g/{newer}")));
    assert!(!guest.contains("черновик"), "{guest}");

    // On the grievance's page, a reader without an account is shown the way to support it;
    // signing up and in on the way brings them back to it.
    let mut reader = app.browser();
    let page = reader.get_page(&format!("/g/{newer}")).await;
    let signin = format!("/signin?next=/g/{newer}");
    assert!(page.contains(&format!(r#"href="{signin}""#)), "{page}");
    assert!(!page.contains("Support this grievance"));
    let back = format!("next=%2Fg%2F{newer}");
    let page = reader.get_page(&signin).await;
    assert!(
        page.contains(&format!(r#"href="/signup?{back}""#)),
        "{page}"
    );
    let page = reader.get_page(&format!("/signup?{back}")).await;
    assert!(
        page.contains(&format!(r#"href="/signin?{back}""#)),
        "and back: {page}"
    );
    let link =
        signed_up_going_to(&app, &mut reader, "zhan@example.kz", &format!("/g/{newer}")).await;
    assert!(link.ends_with(&back), "the mailed link leads back: {link}");
    let verify = &link[link.find("/verify").unwrap()..];
    let token = verify["/verify?token=".len()..].split('&').next().unwrap();
    let page = reader.post_page(verify, &[("token", token)]).await;
    assert!(
        page.contains(&format!(r#"href="/signin?{back}""#)),
        "{page}"
    );
    let res = reader
        .post(
            &signin,
            &[
                ("email", "zhan@example.kz"),
                ("password", crate::accounts::PASSWORD),
                ("next", &format!("/g/{newer}")),
            ],
        )
        .await;
    assert_eq!(res.headers()["location"], format!("/g/{newer}").as_str());
    let page = reader.get_page(&format!("/g/{newer}")).await;
    assert!(page.contains("Support this grievance") && !page.contains(&signin));
    // A mailed link never leads off the site, whatever the form carried.
    let link = signed_up_going_to(
        &app,
        &mut app.browser(),
        "mallory@example.kz",
        "//evil.example/steal",
    )
    .await;
    assert!(!link.contains("evil"), "{link}");
    // Nobody is asked to support what they cannot see.
    let private = file(&mut author, "Another private pipe", "private").await;
    let page = app.browser().get_page(&format!("/g/{private}")).await;
    assert!(!page.contains("/signin?next="), "{page}");
}

/// Signs up with `email` on the way to `next`; returns the mailed verification link.
async fn signed_up_going_to(app: &TestApp, b: &mut Browser<'_>, email: &str, next: &str) -> String {
    let page = b
        .post_page(
            "/signup",
            &[
                ("email", email),
                ("display_name", "Жан"),
                ("password", crate::accounts::PASSWORD),
                ("next", next),
            ],
        )
        .await;
    assert!(page.contains("we have sent you an e-mail"), "{page}");
    app.wait_for_mail(email, 1).await.link("/verify?token=")
}

/// The public list as open data: the CSV a spreadsheet reads (with its filters) and the
/// JSON, without private grievances and without any author's name.
async fn public_grievances_are_open_data(backend: Backend) {
    use crate::accounts::signed_in_as;
    use crate::handling::{file, step};
    let app = spawn_app(backend).await;
    let mut author = signed_in(&app).await;
    let named = file(&mut author, "Broken lift, \"urgent\"", "public").await;
    let anonymous = file(&mut author, "No hot water", "public_anonymous").await;
    file(&mut author, "A private pipe", "private").await;
    let mut neighbour = signed_in_as(&app, "dana@example.kz", "Дана").await;
    step(&mut neighbour, &named, &[("op", "support")])
        .await
        .unwrap();

    let text = crate::helpers::csv_text(app.browser().get("/grievances.csv").await).await;
    assert!(
        !text.contains("private pipe") && !text.contains("Айгүл"),
        "{text}"
    );
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().unwrap().clone();
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 2, "{text}");
    let column = |row: &csv::StringRecord, name: &str| {
        row[header.iter().position(|h| h == name).unwrap()].to_owned()
    };
    let by_code = |code: &str| rows.iter().find(|r| column(r, "code") == code).unwrap();
    assert_eq!(column(by_code(&named), "title"), "Broken lift, \"urgent\"");
    assert_eq!(column(by_code(&named), "supporters"), "1");
    assert_eq!(column(by_code(&anonymous), "supporters"), "0");
    assert_eq!(column(by_code(&anonymous), "place_kato"), "1132");
    assert_eq!(column(by_code(&anonymous), "place_name"), "Akkol District");
    assert_eq!(column(by_code(&anonymous), "status"), "submitted");
    assert!(column(by_code(&anonymous), "url").ends_with(&format!("/g/{anonymous}")));

    // The list's filters, and names in the reader's language.
    let json: serde_json::Value = app
        .browser()
        .get("/grievances.json?region=11&category=utilities&lang=ru")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(json["grievances"].as_array().unwrap().len(), 2, "{json}");
    assert_eq!(json["grievances"][0]["place_name"], "Аккольский район");
    let elsewhere = app.browser().get("/grievances.csv?region=15").await;
    let text = elsewhere.text().await.unwrap();
    assert_eq!(text.lines().count(), 1, "only the header: {text}");
    assert!(text.contains("code,url,kind,title"), "{text}");
    // A filter that could select nothing is an error that says so, not an empty file.
    let bad = app.browser().get("/grievances.csv?status=lost").await;
    assert_eq!(bad.status(), 400);
    let body: serde_json::Value = bad.json().await.unwrap();
    assert_eq!(body["error"]["code"], "invalid_parameter", "{body}");
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("submitted"),
        "{body}"
    );
    // New public grievances as a feed a reader subscribes to, with the same filters.
    let atom = app.browser().get("/grievances.atom?region=11").await;
    assert_eq!(atom.status(), 200);
    let feed = atom_syndication::Feed::read_from(&atom.bytes().await.unwrap()[..]).unwrap();
    let titles: Vec<&str> = feed.entries().iter().map(|e| e.title().as_str()).collect();
    assert_eq!(titles.len(), 2, "{titles:?}");
    assert!(titles.contains(&"No hot water") && !titles.contains(&"A private pipe"));
    let link = &feed.entries()[0].links()[0];
    assert!(link.href().contains("/g/KZ-"), "{}", link.href());
    let elsewhere = app.browser().get("/grievances.atom?region=15").await;
    let feed = atom_syndication::Feed::read_from(&elsewhere.bytes().await.unwrap()[..]).unwrap();
    assert!(feed.entries().is_empty());
    assert_eq!(
        app.browser()
            .get("/grievances.atom?status=lost")
            .await
            .status(),
        400
    );
    // The public list links to the file of what it shows.
    let list = app
        .browser()
        .get_page("/grievances?region=11&status=submitted")
        .await;
    assert!(
        list.contains(r#"href="/grievances.csv?status=submitted&amp;region=11""#),
        "{list}"
    );
    // And announces the feed of what it shows in its head, for feed readers.
    let head = &list[..list.find("</head>").unwrap()];
    assert!(
        head.contains(r#"type="application/atom+xml""#)
            && head.contains(r#"href="/grievances.atom?status=submitted&amp;region=11""#),
        "{head}"
    );
}

/// Files as a guest from `email` and confirms by the mailed link (the `nth` mail to that
/// address); returns the tracking code and the secret link's key.
async fn filed_as_guest(app: &TestApp, email: &str, title: &str, nth: usize) -> (String, String) {
    let mut guest = app.browser();
    let key = key_in(&guest.get_page("/file").await);
    let form = [
        ("idempotency_key", key.as_str()),
        ("email", email),
        ("appeal_kind", "complaint"),
        ("category", "utilities"),
        ("kato", "1132"),
        ("title", title),
        ("body", "The whole quarter has had no water for three days."),
        ("lang", "en"),
        ("privacy", "private"),
    ];
    guest.post_page("/file", &form).await;
    let link = app
        .wait_for_mail(email, nth)
        .await
        .link("/file/confirm?token=");
    let token = link.split("token=").nth(1).unwrap().to_owned();
    let page = guest.post_page("/file/confirm", &[("token", &token)]).await;
    let code = code_in(&page);
    let secret = crate::helpers::attribute_after(&page, &format!("/g/{code}?key="));
    (code, secret)
}

/// Grievances filed without an account become the account's own once it confirms the same
/// address: listed in "My grievances", its steps taken signed in; and they leave with it.
async fn guest_filings_become_the_accounts_own(backend: Backend) {
    use diesel::prelude::*;
    use kenes_core::schema::grievances;
    let app = spawn_app(backend).await;
    let (first, secret) =
        filed_as_guest(&app, "erlan@example.kz", "No water in the quarter", 1).await;
    let (stranger, _) = filed_as_guest(&app, "other@example.kz", "Not Erlan's", 1).await;

    // An account for the same address, typed otherwise; the address is proven by its link.
    let mut b = app.browser();
    b.post_page(
        "/signup",
        &[
            ("email", "Erlan@Example.kz"),
            ("display_name", "Ерлан"),
            ("password", crate::accounts::PASSWORD),
        ],
    )
    .await;
    // Until the account proves the address, what is filed from it is not the account's.
    let (meanwhile, _) = filed_as_guest(&app, "erlan@example.kz", "Water, meanwhile", 4).await;
    let owner = meanwhile.clone();
    let author: Option<i64> =
        kenes_core::db::interact::<_, _, kenes_core::DbError>(&app.pool, move |c| {
            Ok(grievances::table
                .filter(grievances::tracking_code.eq(owner))
                .select(grievances::author_user_id)
                .first(c)?)
        })
        .await
        .unwrap();
    assert_eq!(
        author, None,
        "adopted by an account that has not proven the address"
    );
    let link = app
        .wait_for_mail("erlan@example.kz", 3)
        .await
        .link("/verify?token=");
    let token = link.split("token=").nth(1).unwrap().to_owned();
    let page = b.post_page("/verify", &[("token", &token)]).await;
    assert!(
        page.contains(
            "The 2 grievances you filed with this address without an account are yours now"
        ),
        "{page}"
    );
    // Said before the way on: the reader signs in after reading it.
    let said = page.find("are yours now").unwrap();
    let way_on = page.find(r#"class="button""#).expect(&page[said..]);
    assert!(said < way_on, "{page}");
    b.post(
        "/signin",
        &[
            ("email", "erlan@example.kz"),
            ("password", crate::accounts::PASSWORD),
        ],
    )
    .await;
    let mine = b.get_page("/my").await;
    assert!(mine.contains("No water in the quarter") && mine.contains("Water, meanwhile"));
    assert!(!mine.contains("Not Erlan"), "{mine}");
    let page = b.get_page(&format!("/g/{first}")).await;
    assert!(
        page.contains("Withdraw"),
        "the author's steps, signed in: {page}"
    );
    assert!(!b
        .get_page(&format!("/g/{stranger}"))
        .await
        .contains("Withdraw"));
    // The secret link still opens it.
    let by_link = app
        .browser()
        .get_page(&format!("/g/{first}?key={secret}"))
        .await;
    assert!(by_link.contains("Withdraw"));

    // Filed without signing in once the account exists: it is the account's at once.
    let (later, _) = filed_as_guest(&app, "erlan@example.kz", "Still no water", 6).await;
    assert!(b.get_page("/my").await.contains("Still no water"));
    // An application that vouches for the address (Open311) proves nothing about who filed.
    let now = chrono::Utc::now().naive_utc();
    let key = kenes_core::db::interact(&app.pool, move |c| {
        kenes_core::accounts::api_keys::create(c, "City app", now)
    })
    .await
    .unwrap();
    let res = app
        .client
        .post(format!("{}/open311/v2/requests.json", app.address))
        .form(&[
            ("api_key", key.as_str()),
            ("service_code", "utilities"),
            ("address_id", "1132"),
            ("email", "erlan@example.kz"),
            (
                "description",
                "Filed by the city app for whoever gave this address.",
            ),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201, "{}", res.text().await.unwrap());
    assert!(!b.get_page("/my").await.contains("Filed by the city app"));

    // Deleting the account takes the address away from its grievances, and the secret link
    // with it.
    let page = b
        .post_page(
            "/account/delete",
            &[("password", crate::accounts::PASSWORD)],
        )
        .await;
    assert!(page.contains("Your account is deleted."), "{page}");
    let codes = [first.clone(), later.clone()];
    let left: Vec<(Option<String>, Option<String>)> =
        kenes_core::db::interact::<_, _, kenes_core::DbError>(&app.pool, move |c| {
            Ok(grievances::table
                .filter(grievances::tracking_code.eq_any(codes))
                .select((grievances::guest_email, grievances::guest_key_hash))
                .load(c)?)
        })
        .await
        .unwrap();
    assert_eq!(left, vec![(None, None), (None, None)]);
    let by_link = app
        .browser()
        .get_page(&format!("/g/{first}?key={secret}"))
        .await;
    assert!(!by_link.contains("Withdraw"));
}

both_backends! {
    #[actix_web::test]
    wake => posts_wake_the_mail_worker,
    attachments => attachments_are_checked_by_content_and_shown_only_to_those_allowed,
    guests => guests_confirm_by_mail_and_follow_by_secret_link,
    drafts => drafts_survive_a_lost_connection,
    file => file_follow_and_list,
    already_reported => already_reported_grievances_are_offered_before_filing,
    open_data => public_grievances_are_open_data,
    adopted => guest_filings_become_the_accounts_own,
}
