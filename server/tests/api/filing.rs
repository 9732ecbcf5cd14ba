//! Filing a grievance through the form, as a citizen on a phone without JavaScript would.

use kenes_core::{both_backends, Backend};

use crate::accounts::{signed_up_and_verified, EMAIL, PASSWORD};
use crate::helpers::spawn_app;

/// The value of the hidden idempotency key in a page.
pub fn key_in(page: &str) -> String {
    let rest = page
        .split(r#"name="idempotency_key" value=""#)
        .nth(1)
        .expect("key field");
    rest[..rest.find('"').unwrap()].to_owned()
}

async fn file_follow_and_list(backend: Backend) {
    let app = spawn_app(backend).await;
    assert_eq!(
        app.browser().get("/file").await.status(),
        303,
        "guests are sent to sign in"
    );
    let mut b = signed_up_and_verified(&app).await;
    b.post("/signin", &[("email", EMAIL), ("password", PASSWORD)])
        .await;

    let page = b.get_page("/file").await;
    assert!(page.contains("Roads and transport"), "categories listed");
    assert!(
        page.contains(r#"<optgroup label="Akmola Region">"#),
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
    assert!(page.contains("Choose one of the options."), "place missing");
    assert!(page.contains("Write a little more."), "title too short");
    assert!(
        page.contains("No hot water in building 5 since Monday."),
        "typed text kept"
    );
    assert_eq!(key_in(&page), key, "the corrected form keeps its key");

    form[3] = ("kato", "1132");
    form[4] = ("title", "No hot water");
    let page = b.post_page("/file", &form).await;
    assert!(page.contains("Your grievance is filed."), "{page}");
    let code = page
        .split(r#"<p class="code big">"#)
        .nth(1)
        .unwrap()
        .split('<')
        .next()
        .unwrap()
        .to_owned();
    assert!(
        kenes_core::grievance::parse_tracking_code(&code).is_some(),
        "{code}"
    );

    // A double tap (the same form again) files nothing new.
    let again = b.post_page("/file", &form).await;
    assert!(again.contains(&code));

    let mail = app.wait_for_mail(EMAIL, 2).await;
    assert_eq!(mail.subject, format!("Your grievance {code} is filed"));
    assert!(mail.body.contains(&format!("/g/{code}")));

    let page = b.get_page(&format!("/track?code={code}")).await;
    assert!(page.contains("Timeline") && page.contains("Submitted") && page.contains("citizen"));
    assert!(page.contains("No hot water"), "the author sees the title");

    let mine = b.get_page("/my").await;
    assert_eq!(mine.matches(r#"class="card grievance""#).count(), 1);

    // A private grievance: someone else holding the code sees state and deadline, not text.
    let stranger = app.browser().get_page(&format!("/track?code={code}")).await;
    assert!(stranger.contains("This grievance is private"));
    assert!(!stranger.contains("No hot water"));
}

async fn drafts_survive_a_lost_connection(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut b = signed_up_and_verified(&app).await;
    b.post("/signin", &[("email", EMAIL), ("password", PASSWORD)])
        .await;
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

both_backends! {
    #[actix_web::test]
    drafts => drafts_survive_a_lost_connection,
    file => file_follow_and_list,
}
