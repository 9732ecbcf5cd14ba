//! A public dialogue through the pages, without JavaScript: a coordinator opens it (every
//! field error shown by its field, what was typed kept), the facilitator seeds statements,
//! people take part and vote with one plain form per statement, a statement with a phone
//! number is held, and the opinion map appears with its two groups and the common ground.

use kenes_core::actor::Actor;
use kenes_core::mediation::request::{self, ProfileInput};
use kenes_core::permissions::{Grant, Level, Role};
use kenes_core::{both_backends, Backend};

use crate::accounts::{signed_up_and_verified_as, PASSWORD};
use crate::helpers::{spawn_app, Browser, TestApp};
use crate::mediation::{post, staff};
use crate::outcomes::search_until;

/// A mediator for region 11 with a valid certification, signed in with two-step sign-in.
async fn facilitator(app: &TestApp) -> (Browser<'_>, i64) {
    let b = staff(
        app,
        "facilitator@example.kz",
        Grant::new(Role::Mediator).kato("11"),
    )
    .await;
    let id = kenes_core::db::interact(&app.pool, |c| {
        use diesel::prelude::*;
        use kenes_core::schema::users;
        let id: i64 = users::table
            .filter(users::email.eq("facilitator@example.kz"))
            .select(users::id)
            .first(c)?;
        let now = chrono::Utc::now().naive_utc();
        let me = Actor::user(id, vec![Grant::new(Role::Mediator).kato("11")]);
        let profile = ProfileInput {
            bio: "Community dialogues in Akmola.".into(),
            languages: vec!["en".into(), "kk".into()],
            specialisations: vec!["ethnomediation".into()],
            available: true,
            hidden: false,
        };
        request::save_profile(c, me.at(now), &profile).unwrap();
        let admin = Actor::user(0, vec![Grant::new(Role::Administrator)]);
        request::certify(
            c,
            admin.at(now),
            id,
            "Ministry of Justice",
            "F-9",
            "2030-01-01",
        )
        .unwrap();
        Ok::<_, kenes_core::DbError>(id)
    })
    .await
    .unwrap();
    (b, id)
}

/// The coordinator of district 1132, signed in with two-step sign-in.
async fn district_coordinator(app: &TestApp) -> Browser<'_> {
    let district = Grant::new(Role::Coordinator)
        .level(Level::Local)
        .kato("1132");
    staff(app, "centre@example.kz", district).await
}

fn today(days: i64) -> String {
    (kenes_core::clock::today() + chrono::Duration::days(days)).to_string()
}

/// The id in `/dialogues/ID` or `/dialogues/ID#…`.
fn dialogue_id(location: &str) -> String {
    let rest = location.strip_prefix("/dialogues/").expect(location);
    rest.split('#').next().unwrap().to_owned()
}

async fn a_community_opens_votes_and_finds_common_ground(backend: Backend) {
    let app = spawn_app(backend).await;
    let (mut facilitator, facilitator_id) = facilitator(&app).await;
    let mut coordinator = district_coordinator(&app).await;

    // Every error by its field; the question typed is kept.
    let page = coordinator
        .post_page(
            "/dialogues/new",
            &[
                ("op", "open"),
                ("question", "Why does the school yard divide our village?"),
                ("kato", "1132"),
                ("facilitator", ""),
                ("opens_on", &today(5)),
                ("closes_on", &today(1)),
            ],
        )
        .await;
    for message in [
        "Choose a mediator whose certification is valid.",
        "The closing date comes before the opening date.",
        "Give the background in at least one language.",
        "Choose the body that must answer.",
    ] {
        assert!(page.contains(message), "{message} in {page}");
    }
    assert!(page.contains("Why does the school yard divide our village?"));

    let facilitator_value = facilitator_id.to_string();
    let location = post(
        &mut coordinator,
        "/dialogues/new",
        &[
            ("op", "open"),
            ("question", "Why does the school yard divide our village?"),
            (
                "background_en",
                "A quarrel at school spread to social media.",
            ),
            ("kato", "1132"),
            ("facilitator", &facilitator_value),
            ("opens_on", &today(0)),
            ("closes_on", &today(14)),
            ("body", "akimat-1132"),
        ],
    )
    .await;
    let id = dialogue_id(&location);
    let path = format!("/dialogues/{id}");
    let public = app.browser().get_page("/dialogues").await;
    assert!(public.contains("Why does the school yard divide our village?"));

    // The facilitator seeds eight statements; a citizen may not.
    for i in 0..8 {
        let text = format!("Statement number {i} about the yard.");
        let to = post(
            &mut facilitator,
            &path,
            &[("op", "seed"), ("body", &text), ("lang", "en")],
        )
        .await;
        assert_eq!(to, format!("{path}#seed"));
    }

    // Sixteen people in two camps vote through the plain forms, one statement at a time.
    let mut voters = vec![];
    for p in 0..16 {
        let email: &'static str = Box::leak(format!("voter{p}@example.kz").into_boxed_str());
        let mut b = signed_up_and_verified_as(&app, email, "Voter").await;
        b.post("/signin", &[("email", email), ("password", PASSWORD)])
            .await;
        assert_eq!(
            post(&mut b, &path, &[("op", "join")]).await,
            format!("{path}#next")
        );
        for _ in 0..8 {
            let page = b.get_page(&path).await;
            let statement = crate::helpers::attribute_after(&page, r#"name="statement" value=""#);
            let text = page
                .split("Statement number ")
                .nth(1)
                .and_then(|rest| rest.chars().next())
                .and_then(|c| c.to_digit(10))
                .expect("the next statement is shown");
            let vote = if text == 0 || text as usize % 2 == p % 2 {
                "agree"
            } else {
                "disagree"
            };
            post(
                &mut b,
                &path,
                &[("op", "vote"), ("statement", &statement), ("vote", vote)],
            )
            .await;
        }
        let done = b.get_page(&path).await;
        assert!(
            done.contains("You have voted on every statement."),
            "{done}"
        );
        voters.push(b);
    }

    // A phone number is held for the facilitator, not shown to the public.
    let held = post(
        &mut voters[0],
        &path,
        &[
            ("op", "write"),
            ("body", "Call me on +7 701 234 56 78"),
            ("lang", "en"),
        ],
    )
    .await;
    assert_eq!(held, format!("{path}#write"));
    let public = app.browser().get_page(&path).await;
    assert!(!public.contains("+7 701 234 56 78"));
    assert!(facilitator
        .get_page(&path)
        .await
        .contains("+7 701 234 56 78"));

    // The map: two groups of eight, and statement 0 as common ground. Nobody's vote is shown.
    assert!(public.contains("Group A: 8 people"), "{public}");
    assert!(public.contains("Group B: 8 people"));
    let common = public.split("Common ground").nth(1).unwrap();
    assert!(common.contains("Statement number 0 about the yard."));
    assert!(!public.contains("voter3"));

    // The statements and votes as open data: everyone's and each group's, no voter.
    let csv = app
        .get(&format!("{path}/votes.csv"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        csv.contains("group_a_agree,group_a_disagree,group_a_pass,group_b_agree"),
        "{csv}"
    );
    assert!(
        csv.lines()
            .any(|l| l.ends_with("Statement number 0 about the yard.,en,16,0,0,8,0,0,8,0,0")),
        "{csv}"
    );
    let json: serde_json::Value = app
        .get(&format!("{path}/votes.json"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(json["statements"].as_array().unwrap().len(), 8);
    assert!(!json.to_string().contains("@example.kz"));
    let missing = app.get("/dialogues/9999/votes.json").await;
    assert_eq!(missing.status().as_u16(), 404);

    // The facilitator labels a voter an aksakal: their statements carry the label, never
    // their name; an address not taking part is refused by its field, the text kept.
    let refused = post(
        &mut facilitator,
        &path,
        &[
            ("op", "label"),
            ("email", "nobody@example.kz"),
            ("kind", "aksakal"),
        ],
    )
    .await;
    assert!(
        refused.contains("Nobody taking part has this address."),
        "{refused}"
    );
    assert!(refused.contains(r#"value="nobody@example.kz""#));
    let labelled = post(
        &mut facilitator,
        &path,
        &[
            ("op", "label"),
            ("email", "voter1@example.kz"),
            ("kind", "aksakal"),
        ],
    )
    .await;
    assert_eq!(labelled, format!("{path}#label"));
    post(
        &mut voters[1],
        &path,
        &[
            ("op", "write"),
            ("body", "The yard should close at dusk."),
            ("lang", "en"),
        ],
    )
    .await;
    let public = app.browser().get_page(&path).await;
    let labelled = public
        .split("The yard should close at dusk.")
        .nth(1)
        .and_then(|rest| rest.split("</span>").next())
        .expect("the new statement is listed");
    assert!(
        labelled.contains(r#"class="badge""#) && labelled.ends_with(">aksakal"),
        "{labelled}"
    );
    assert!(public.contains("aksakals: 1"), "{public}");

    // A dialogue on its closing day: the facilitator publishes the report and the akimat
    // answers it point by point, in public.
    let location = post(
        &mut coordinator,
        "/dialogues/new",
        &[
            ("op", "open"),
            (
                "question",
                "How should the school yard be shared after classes?",
            ),
            (
                "background_ru",
                "Родители и учителя спорят о школьном дворе.",
            ),
            ("kato", "1132"),
            ("facilitator", &facilitator_value),
            ("opens_on", &today(-3)),
            ("closes_on", &today(0)),
            ("body", "akimat-1132"),
        ],
    )
    .await;
    let closing = format!("/dialogues/{}", dialogue_id(&location));
    let refused = post(
        &mut facilitator,
        &closing,
        &[("op", "publish"), ("recommendations", "Fix it")],
    )
    .await;
    assert!(refused.contains("Too short."), "{refused}");
    assert!(refused.contains("Fix it"), "the typed text is kept");
    let to = post(
        &mut facilitator,
        &closing,
        &[
            ("op", "publish"),
            (
                "recommendations",
                "Open the yard to children until 19:00.\nMeet the parents every month.",
            ),
        ],
    )
    .await;
    assert_eq!(to, format!("{closing}#report-title"));
    // A journalist finds the report among the published outcomes, as a dialogue that
    // awaits its answer, and follows it back to the dialogue.
    let mut journalist = app.browser();
    let found = search_until(
        &mut journalist,
        "/outcomes?q=yard&kind=dialogue",
        "How should the school yard be shared after classes?",
        true,
    )
    .await;
    assert!(
        found.contains("Report published, answer awaited"),
        "{found}"
    );
    // A dialogue's card names its kind where a grievance's names its category.
    assert!(
        found.contains(" · Public dialogue · Report published"),
        "{found}"
    );
    let entry = found
        .split(r#"<h2><a href=""#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a link to the entry")
        .to_owned();
    let entry_page = journalist.get_page(&entry).await;
    assert!(
        entry_page.contains("Meet the parents every month."),
        "{entry_page}"
    );
    assert!(entry_page.contains(&format!(r#"href="{closing}""#)));
    // A dialogue opened, it was not filed, and has no category or mediation to tell of.
    assert!(entry_page.contains("<dt>Opened</dt>"), "{entry_page}");
    for grievance_only in ["<dt>Filed</dt>", "<dt>Category</dt>", "<dt>Mediation</dt>"] {
        assert!(!entry_page.contains(grievance_only), "{entry_page}");
    }
    let grievances_only = journalist.get_page("/outcomes?q=yard&kind=grievance").await;
    assert!(!grievances_only.contains("school yard"));
    let mut akim = staff(
        &app,
        "akim@example.kz",
        Grant::new(Role::Official).body("akimat-1132"),
    )
    .await;
    assert!(akim.get_page(&closing).await.contains("point by point"));
    let one = post(
        &mut akim,
        &closing,
        &[
            ("op", "answer"),
            ("body", "akimat-1132"),
            ("point", "The yard is open until 19:00."),
        ],
    )
    .await;
    assert!(one.contains("Answer every point"), "{one}");
    let answered = post(
        &mut akim,
        &closing,
        &[
            ("op", "answer"),
            ("body", "akimat-1132"),
            ("point", "The yard is open until 19:00 from Monday."),
            ("point", "The akimat meets the parents on the first Friday."),
        ],
    )
    .await;
    assert_eq!(answered, format!("{closing}#report-title"));
    let public = app.browser().get_page(&closing).await;
    assert!(public.contains("Open the yard to children until 19:00."));
    assert!(public.contains("The akimat meets the parents on the first Friday."));
    assert!(!public.contains("Not answered yet"));
    // Nobody voted: the report has no groups to tell of, and no empty heading for them.
    assert!(
        !public.contains("Groups and what set them apart"),
        "{public}"
    );
    // Every body answered: the public record says so, with the answer.
    let entry_page = search_until(
        &mut journalist,
        &entry,
        "The akimat meets the parents on the first Friday.",
        true,
    )
    .await;
    assert!(entry_page.contains("Answer given"), "{entry_page}");
}

/// Words typed into a dialogue stay words: the question, the background, a statement and the
/// recommendations, on the list, the dialogue's page, its entry in the public record and
/// the refused forms that give them back.
async fn typed_words_never_become_markup(backend: Backend) {
    use crate::security::{assert_inert, TEXTAREA_BREAKOUT, TITLE_BREAKOUT};
    let app = spawn_app(backend).await;
    let (mut facilitator, facilitator_id) = facilitator(&app).await;
    let mut coordinator = district_coordinator(&app).await;
    let facilitator_value = facilitator_id.to_string();
    let location = post(
        &mut coordinator,
        "/dialogues/new",
        &[
            ("op", "open"),
            ("question", TITLE_BREAKOUT),
            ("background_en", TEXTAREA_BREAKOUT),
            ("kato", "1132"),
            ("facilitator", &facilitator_value),
            ("opens_on", &today(-1)),
            ("closes_on", &today(0)),
            ("body", "akimat-1132"),
        ],
    )
    .await;
    let path = format!("/dialogues/{}", dialogue_id(&location));
    post(
        &mut facilitator,
        &path,
        &[("op", "seed"), ("body", TEXTAREA_BREAKOUT), ("lang", "en")],
    )
    .await;
    post(
        &mut facilitator,
        &path,
        &[("op", "post"), ("body", TEXTAREA_BREAKOUT), ("lang", "en")],
    )
    .await;
    let list = app.browser().get_page("/dialogues").await;
    assert_inert(&list, TITLE_BREAKOUT, "the list");
    let page = app.browser().get_page(&path).await;
    assert_inert(&page, TITLE_BREAKOUT, "the dialogue's title and heading");
    assert_inert(
        &page,
        TEXTAREA_BREAKOUT,
        "the background, statement and message",
    );
    assert!(
        page.contains(r#"class="message""#),
        "the message is in the thread"
    );
    // Too many points: the form comes back with the text in its textarea.
    let many = [TEXTAREA_BREAKOUT; 11].join("\n");
    let refused = post(
        &mut facilitator,
        &path,
        &[("op", "publish"), ("recommendations", &many)],
    )
    .await;
    assert!(refused.contains("At most 10 points."), "{refused}");
    assert_inert(&refused, TEXTAREA_BREAKOUT, "the refused report form");
    let to = post(
        &mut facilitator,
        &path,
        &[("op", "publish"), ("recommendations", TEXTAREA_BREAKOUT)],
    )
    .await;
    assert_eq!(to, format!("{path}#report-title"));
    let page = app.browser().get_page(&path).await;
    assert_inert(&page, TEXTAREA_BREAKOUT, "the published report");

    // The report in the public record: the search's hit and the entry's page.
    let mut reader = app.browser();
    let found = search_until(&mut reader, "/outcomes?kind=dialogue", "Broken lift", true).await;
    assert_inert(&found, TITLE_BREAKOUT, "the report among the outcomes");
    assert_inert(&found, TEXTAREA_BREAKOUT, "the report's excerpt");
    let entry = found
        .split(r#"<h2><a href=""#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a link to the entry")
        .to_owned();
    let entry_page = reader.get_page(&entry).await;
    assert_inert(&entry_page, TITLE_BREAKOUT, "the entry's title");
    assert_inert(&entry_page, TEXTAREA_BREAKOUT, "the entry's text");

    // A label refused for an address nobody taking part has: the address comes back inert.
    let refused = post(
        &mut facilitator,
        &path,
        &[
            ("op", "label"),
            ("email", TITLE_BREAKOUT),
            ("kind", "aksakal"),
        ],
    )
    .await;
    assert!(
        refused.contains("Nobody taking part has this address."),
        "{refused}"
    );
    assert_inert(&refused, TITLE_BREAKOUT, "the refused label form");
}

/// A dialogue on `question`, open from today for two weeks, facilitated by `facilitator`;
/// returns its page's path.
async fn opened(coordinator: &mut Browser<'_>, facilitator: i64, question: &str) -> String {
    let facilitator = facilitator.to_string();
    let location = post(
        coordinator,
        "/dialogues/new",
        &[
            ("op", "open"),
            ("question", question),
            ("background_en", "Parents and teachers meet."),
            ("kato", "1132"),
            ("facilitator", &facilitator),
            ("opens_on", &today(0)),
            ("closes_on", &today(14)),
            ("body", "akimat-1132"),
        ],
    )
    .await;
    format!("/dialogues/{}", dialogue_id(&location))
}

/// The discussion through the pages: a participant writes and is heard live by an
/// anonymous reader's event stream, shows as "citizen" and never by name, a refused message
/// comes back with its text, and the facilitator hides a message with a reason the public
/// reads in the log.
async fn the_discussion_works_without_javascript_and_live(backend: Backend) {
    let app = spawn_app(backend).await;
    let (mut facilitator, facilitator_id) = facilitator(&app).await;
    let mut coordinator = district_coordinator(&app).await;
    let path = opened(
        &mut coordinator,
        facilitator_id,
        "Where should the buses stop?",
    )
    .await;

    let email = "neighbour@example.kz";
    let mut neighbour = signed_up_and_verified_as(&app, email, "Aigerim Neighbour").await;
    neighbour
        .post("/signin", &[("email", email), ("password", PASSWORD)])
        .await;
    // Reading is for everyone; writing, for those taking part.
    let page = neighbour.get_page(&path).await;
    assert!(page.contains("Join the dialogue above to take part in the discussion."));
    assert!(!page.contains(r#"id="compose""#));
    post(&mut neighbour, &path, &[("op", "join")]).await;

    let mut stream = app
        .client
        .get(format!("{}{path}/events", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(stream.headers()["content-type"], "text/event-stream");
    assert_eq!(
        app.browser().get("/dialogues/999/events").await.status(),
        404
    );

    let too_long = "y".repeat(4001);
    let refused = post(
        &mut neighbour,
        &path,
        &[("op", "post"), ("body", &too_long), ("lang", "en")],
    )
    .await;
    assert!(refused.contains("At most 4,000 characters."), "{refused}");
    assert!(refused.contains(&too_long), "the typed text is kept");
    let sent = post(
        &mut neighbour,
        &path,
        &[
            ("op", "post"),
            ("body", "The stop by the school floods every spring."),
            ("lang", "en"),
        ],
    )
    .await;
    assert!(sent.starts_with(&format!("{path}#m")), "{sent}");
    let message = sent.rsplit("#m").next().unwrap().to_owned();
    let heard = crate::helpers::until_changed(&mut stream).await;
    assert!(heard.starts_with(": connected"), "{heard}");

    let public = app.browser().get_page(&path).await;
    assert!(public.contains("The stop by the school floods every spring."));
    assert!(public.contains("citizen"));
    assert!(!public.contains("Aigerim"), "a participant is never named");

    // Only the facilitator keeps order; the reason is public.
    let refused = neighbour
        .post_page(
            &path,
            &[("op", "hide"), ("message", &message), ("reason", "mine")],
        )
        .await;
    assert!(
        refused.contains("You do not have the right to do this."),
        "{refused}"
    );
    let to = post(
        &mut facilitator,
        &path,
        &[
            ("op", "hide"),
            ("message", &message),
            ("reason", "Names a neighbour's address"),
        ],
    )
    .await;
    assert_eq!(to, format!("{path}#m{message}"));
    let public = app.browser().get_page(&path).await;
    assert!(!public.contains("The stop by the school floods every spring."));
    assert!(public.contains("Names a neighbour"), "{public}");
}

both_backends! {
    #[actix_web::test]
    discussion => the_discussion_works_without_javascript_and_live,
    community => a_community_opens_votes_and_finds_common_ground,
    injection => typed_words_never_become_markup,
}
