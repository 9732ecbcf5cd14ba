//! Server-rendered pages: languages, data from the database, privacy, errors.

use diesel::prelude::*;
use kenes_core::schema::grievances;
use kenes_core::{both_backends, db, Backend};

use crate::helpers::spawn_app;

async fn home_in_three_languages(backend: Backend) {
    let app = spawn_app(backend).await;
    for (accept, lang, title) in [
        (
            "kk-KZ,kk;q=0.9",
            "kk",
            "Сізді тыңдайды. Сізге жауап береді.",
        ),
        ("ru-RU,ru;q=0.9,en;q=0.5", "ru", "Вас услышат. Вам ответят."),
        ("en-GB,en;q=0.9", "en", "Be heard. Be answered."),
    ] {
        let body = app.get_in("/", accept).await;
        assert!(body.contains(&format!("<html lang=\"{lang}\">")), "{lang}");
        assert!(body.contains(title), "{lang}: title missing");
    }
    // The URL beats the browser.
    let body = app.get_in("/?lang=en", "ru").await;
    assert!(body.contains("<html lang=\"en\">"));
}

async fn home_shows_counts_and_public_grievances_only(backend: Backend) {
    let app = spawn_app(backend).await;
    let empty = app.get_in("/", "en").await;
    assert!(empty.contains("No public grievances yet."));

    app.seed_demo(150).await;
    let (total, private_titles): (i64, Vec<String>) =
        db::interact::<_, _, kenes_core::DbError>(&app.pool, |c| {
            let total = grievances::table.count().get_result(c)?;
            let private = grievances::table
                .filter(grievances::privacy.eq("private"))
                .select(grievances::body)
                .load(c)?;
            Ok((total, private))
        })
        .await
        .unwrap();
    let body = app.get_in("/", "en").await;
    assert!(body.contains(&format!(
        "<strong>{total}</strong><span>grievances filed</span>"
    )));
    assert_eq!(body.matches("class=\"card grievance\"").count(), 6);
    for text in private_titles {
        assert!(!body.contains(&text), "private grievance leaked: {text}");
    }
}

async fn tracking_by_code(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(80).await;
    let rows: Vec<(String, String, String)> =
        db::interact::<_, _, kenes_core::DbError>(&app.pool, |c| {
            Ok(grievances::table
                .select((
                    grievances::tracking_code,
                    grievances::privacy,
                    grievances::title,
                ))
                .load(c)?)
        })
        .await
        .unwrap();
    let public = rows.iter().find(|r| r.1 != "private").unwrap();
    let private = rows.iter().find(|r| r.1 == "private").unwrap();

    // Typed sloppily: lower case and spaces are forgiven.
    let sloppy = format!(" {} ", public.0.to_lowercase());
    let body = app
        .get_in(&format!("/track?code={}", urlencode(&sloppy)), "en")
        .await;
    assert!(body.contains(&public.0), "canonical code shown");
    assert!(
        body.contains(&escape(&public.2)),
        "title shown for a public grievance"
    );
    assert!(body.contains("Answer due by"));

    let body = app
        .get_in(&format!("/track?code={}", private.0), "en")
        .await;
    assert!(body.contains("This grievance is private"));
    assert!(!body.contains(&format!("<h2>{}</h2>", escape(&private.2))));

    let body = app.get_in("/track?code=KZ-26-0000-0000", "ru").await;
    assert!(body.contains("Обращения с таким кодом нет."));

    let body = app.get_in("/track?code=hello", "kk").await;
    assert!(body.contains("aria-invalid=\"true\""));
    assert!(body.contains("Бақылау коды мынадай болады"));
}

async fn unknown_pages_are_404_in_the_readers_language(backend: Backend) {
    let app = spawn_app(backend).await;
    let res = app
        .client
        .get(format!("{}/no/such/page", app.address))
        .header("Accept-Language", "ru")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
    let body = res.text().await.unwrap();
    assert!(body.contains("Страница не найдена"));
}

/// A page goes out whole, with its length, its title in its head and its charset named,
/// whether it was found or not.
async fn pages_are_sent_whole(backend: Backend) {
    let app = spawn_app(backend).await;
    for (path, status) in [("/track", 200), ("/mediation", 200), ("/no/such/page", 404)] {
        let res = app.get(path).await;
        assert_eq!(res.status(), status, "{path}");
        let header = |name: &str| {
            res.headers()
                .get(name)
                .map(|v| v.to_str().unwrap().to_owned())
        };
        assert_eq!(header("transfer-encoding"), None, "{path}: streamed");
        assert_eq!(
            header("content-type").as_deref(),
            Some("text/html; charset=utf-8"),
            "{path}"
        );
        let length: usize = header("content-length").expect(path).parse().unwrap();
        let body = res.text().await.unwrap();
        assert_eq!(length, body.len(), "{path}");
        let (head, _) = body.split_once("</head>").expect(path);
        assert_eq!(head.matches("<title>").count(), 1, "{path}: {head}");
        assert_eq!(body.matches("<title>").count(), 1, "{path}");
    }
}

async fn user_text_is_escaped(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(10).await;
    let code: String = db::interact::<_, _, kenes_core::DbError>(&app.pool, |c| {
        let code: String = grievances::table
            .filter(grievances::privacy.ne("private"))
            .select(grievances::tracking_code)
            .first(c)?;
        diesel::update(grievances::table.filter(grievances::tracking_code.eq(&code)))
            .set(grievances::title.eq("<script>alert(1)</script>"))
            .execute(c)?;
        Ok(code)
    })
    .await
    .unwrap();
    let body = app.get_in(&format!("/track?code={code}"), "en").await;
    assert!(!body.contains("<script>alert(1)</script>"));
    assert!(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

fn urlencode(s: &str) -> String {
    s.replace(' ', "+")
}

/// How Leptos escapes text nodes.
fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

both_backends! {
    #[actix_web::test]
    home_languages => home_in_three_languages,
    home_data => home_shows_counts_and_public_grievances_only,
    track => tracking_by_code,
    not_found => unknown_pages_are_404_in_the_readers_language,
    escaping => user_text_is_escaped,
    sent_whole => pages_are_sent_whole,
}
