//! An agreement's commitments over HTTP: drafted in the room with errors by their fields,
//! reported on the grievance page, and confirmed by the citizen's mailed link, which works
//! once, for its commitment and its citizen, until it expires.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use kenes_core::db::interact;
use kenes_core::permissions::{Grant, Level, Role};
use kenes_core::{both_backends, Backend, DbError};

use crate::helpers::{spawn_app, TestApp};
use crate::mediation::{hidden, in_room, post, Started};

fn day(y: i32, m: u32, d: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap()
}

async fn mediator_id(app: &TestApp) -> i64 {
    interact::<_, _, DbError>(&app.pool, |c| {
        use kenes_core::schema::users;
        Ok(users::table
            .filter(users::email.eq("mediator@example.kz"))
            .select(users::id)
            .first::<i64>(c)?)
    })
    .await
    .unwrap()
}

fn form(v: &[(String, String)]) -> Vec<(&str, &str)> {
    v.iter().map(|(k, x)| (k.as_str(), x.as_str())).collect()
}

/// Runs the follow-up sweep as if it were `now`.
async fn sweep(app: &TestApp, now: NaiveDateTime) {
    let site = kenes_core::mail::Site::new(&app.address);
    interact::<_, _, kenes_core::error::Error>(&app.pool, move |c| {
        kenes_core::mediation::commitments::sweep(c, now, &site)
    })
    .await
    .unwrap();
}

/// The confirmation link mailed for commitment `n`, as its path.
async fn mailed_link(app: &TestApp, n: i64) -> String {
    use kenes_core::schema::mail_outbox;
    let bodies: Vec<String> = interact::<_, _, DbError>(&app.pool, |c| {
        Ok(mail_outbox::table
            .filter(mail_outbox::body.like("%/commitments/confirm?token=%"))
            .order(mail_outbox::id)
            .select(mail_outbox::body)
            .load(c)?)
    })
    .await
    .unwrap();
    let body = bodies
        .iter()
        .find(|b| b.contains(&format!("commitment {n} of")))
        .unwrap_or_else(|| panic!("no link for commitment {n} in {bodies:?}"));
    let start = body.find("/commitments/confirm?token=").unwrap();
    body[start..].split_whitespace().next().unwrap().to_owned()
}

async fn commitments_are_drafted_reported_and_confirmed_by_link(backend: Backend) {
    let app = spawn_app(backend).await;
    let Started {
        room,
        mut citizen,
        mut official,
        mut mediator,
        mut coordinator,
        ..
    } = in_room(&app).await;
    let g = room.replace("/room/", "/g/");
    let pipes = "Replace the hot water pipes of building 5.";
    let mut draft = vec![
        ("op", "draft"),
        ("agreement", "The akimat repairs the hot water."),
        ("c1_party", "body"),
        ("c1_what", pipes),
        ("c1_due", "2020-01-01"),
        ("c1_check", "The citizen has hot water."),
        ("c2_party", "body"),
        ("c2_what", "Recalculate the bills for the two weeks."),
        ("c2_due", "2027-03-01"),
        ("c2_check", "The new bill."),
    ];
    // A past due date is refused next to its field, the typed rows kept.
    let page = post(&mut mediator, &room, &draft).await;
    assert!(
        page.contains("The date must be later than today."),
        "{page}"
    );
    assert!(
        page.contains(&format!(r#"value="{pipes}""#)),
        "typed text kept"
    );
    draft[4] = ("c1_due", "2027-03-01");
    post(&mut mediator, &room, &draft).await;
    let page = mediator.get_page(&room).await;
    assert!(page.contains("Commitment 2"), "{page}");
    for (b, publish) in [(&mut citizen, "yes"), (&mut official, "no")] {
        post(
            b,
            &room,
            &[("op", "respond"), ("accept", "yes"), ("publish", publish)],
        )
        .await;
    }

    // Each party says how the mediation went; the comment reaches coordinators only.
    let page = citizen.get_page(&g).await;
    assert!(page.contains("How did the mediation go?"), "{page}");
    let mut marks = vec![
        ("op", "m-feedback"),
        ("q_neutral", "5"),
        ("q_heard", "4"),
        ("q_clear", "4"),
        ("comment", "Calm and fair."),
    ];
    let page = post(&mut citizen, &g, &marks).await;
    assert!(page.contains("Choose a mark from 1 to 5."), "{page}");
    assert!(
        page.contains(">Calm and fair.</textarea>"),
        "typed comment kept"
    );
    marks.push(("q_again", "5"));
    post(&mut citizen, &g, &marks).await;
    assert!(!citizen
        .get_page(&g)
        .await
        .contains("How did the mediation go?"));
    let record = format!("/mediators/{}", mediator_id(&app).await);
    let public = app.browser().get_page(&record).await;
    assert!(
        public.contains("Not enough answers yet to show them."),
        "{public}"
    );
    assert!(!public.contains("Calm and fair."));
    assert!(coordinator
        .get_page(&record)
        .await
        .contains("Calm and fair."));
    // The mediator sees the same figures on their own page, and not the comment.
    let own = mediator.get_page("/mediator").await;
    assert!(own.contains("What the parties said") && own.contains("Not enough answers yet"));
    assert!(!own.contains("Calm and fair."));

    // On the grievance page: the commitments, and the body's report form.
    let page = official.get_page(&g).await;
    assert!(page.contains("Commitments of the agreement") && page.contains("Pending"));
    let first = hidden(&page, "commitment");
    assert!(!citizen.get_page(&g).await.contains(r#"value="c-report""#));
    let refused = post(
        &mut citizen,
        &g,
        &[("op", "c-report"), ("commitment", &first), ("kept", "done")],
    )
    .await;
    assert!(
        refused.contains("You do not have the right to do this."),
        "{refused}"
    );
    // With a photo as evidence; a file that is no photo is refused and nothing is kept.
    let report = [
        ("op", "c-report"),
        ("commitment", first.as_str()),
        ("kept", "done"),
        ("note", "Pipes replaced on 27 February."),
    ];
    let refused = official
        .post_multipart(
            &g,
            &report,
            &[("file", "pipes.txt", b"not a photo".as_slice())],
        )
        .await
        .text()
        .await
        .unwrap();
    assert!(
        refused.contains("Only JPEG, PNG, WebP photos and PDF documents"),
        "{refused}"
    );
    assert!(!official
        .get_page(&g)
        .await
        .contains("The responsible side reported"));
    let res = official
        .post_multipart(&g, &report, &[("file", "pipes.png", crate::filing::PNG)])
        .await;
    assert_eq!(res.status(), 303);
    let page = citizen.get_page(&g).await;
    assert!(
        page.contains("The responsible side reported: done"),
        "{page}"
    );
    assert!(page.contains("Pipes replaced on 27 February."));
    assert!(
        page.contains("Due 1 March 2027"),
        "in the reader's language: {page}"
    );
    let evidence = page
        .split("Evidence")
        .nth(1)
        .expect("the evidence is listed");
    let photo = crate::helpers::attribute_after(evidence, r#"<a href=""#);
    assert_eq!(citizen.get(&photo).await.status(), 200);

    // The due date comes: the citizen gets a link per commitment of the body.
    sweep(&app, day(2027, 3, 1)).await;
    let link = mailed_link(&app, 1).await;
    let second = mailed_link(&app, 2).await;

    // Someone else, signed in, cannot use it; nor can it answer for another commitment.
    let elsewhere = Grant::new(Role::Coordinator)
        .level(Level::Local)
        .kato("1910");
    let mut stranger = crate::mediation::staff(&app, "other@example.kz", elsewhere).await;
    let page = stranger.get_page(&link).await;
    let id = hidden(&page, "commitment");
    let token = hidden(&page, "token");
    let answer = |id: &str, kept: &'static str| {
        vec![
            ("op".to_owned(), "c-confirm".to_owned()),
            ("commitment".to_owned(), id.to_owned()),
            ("token".to_owned(), token.clone()),
            ("kept".to_owned(), kept.to_owned()),
        ]
    };
    let mine = answer(&id, "done");
    let page = stranger.post_page(&link, &form(&mine)).await;
    assert!(page.contains("This link does not work"), "{page}");
    let mut anyone = app.browser();
    let other = answer(&(id.parse::<i64>().unwrap() + 1).to_string(), "done");
    let page = anyone.post_page(&link, &form(&other)).await;
    assert!(page.contains("This link does not work"), "{page}");
    // Without a choice: the error by the field, nothing spent.
    let mut unchosen = answer(&id, "");
    unchosen.push(("note".into(), "Hot water since Monday.".into()));
    let page = anyone.post_page(&link, &form(&unchosen)).await;
    let choice_error = format!(r#"id="c-confirm-{id}-error" role="alert" class="error">"#);
    assert!(
        page.contains(&format!("{choice_error}Choose whether it was done.")),
        "the choice's own message, by the choice: {page}"
    );
    assert!(
        page.contains(">Hot water since Monday.</textarea>"),
        "typed note kept"
    );
    // A note too long: its message by the note, the answer as it was chosen.
    let mut long = answer(&id, "partly");
    long.push(("note".into(), "x".repeat(4001)));
    let page = anyone.post_page(&link, &form(&long)).await;
    let note_error = format!(r#"id="c-confirm-{id}-note-error" role="alert" class="error">"#);
    assert!(
        page.contains(&format!("{note_error}At most 4,000 characters.")),
        "{page}"
    );
    assert!(
        !page.contains(&format!("{choice_error}At most")),
        "not by the choice: {page}"
    );
    assert!(
        page.contains(r#"value="partly" checked"#),
        "the answer as chosen: {page}"
    );
    // The citizen, from the mail, without signing in: done. Then the link is spent.
    let page = anyone.post_page(&link, &form(&mine)).await;
    assert!(page.contains("Thank you."), "{page}");
    let page = anyone.post_page(&link, &form(&mine)).await;
    assert!(page.contains("This link does not work"), "{page}");
    let page = citizen.get_page(&g).await;
    assert!(page.contains("Done") && page.contains("Resolved"), "{page}");

    // An expired link does not open; the citizen answers from her account instead.
    interact::<_, _, DbError>(&app.pool, |c| {
        use kenes_core::schema::commitment_links;
        diesel::update(commitment_links::table.filter(commitment_links::used_at.is_null()))
            .set(commitment_links::expires_at.eq(day(2026, 1, 1)))
            .execute(c)?;
        Ok(())
    })
    .await
    .unwrap();
    assert!(anyone
        .get_page(&second)
        .await
        .contains("This link does not work"));
    let page = citizen.get_page(&g).await;
    let confirm_form = page.split(r#"value="c-confirm""#).nth(1).unwrap();
    let second_id = hidden(confirm_form, "commitment");
    post(
        &mut citizen,
        &g,
        &[
            ("op", "c-confirm"),
            ("commitment", &second_id),
            ("kept", "not_done"),
            ("note", "The bill is the same."),
        ],
    )
    .await;
    // Not kept: the grievance is open again, at the regional level.
    let page = app.browser().get_page(&g).await;
    assert!(
        page.contains("Escalated") && page.contains("Regional"),
        "{page}"
    );
    assert!(page.contains("Agreement not kept (commitment 2)"), "{page}");
}

both_backends! {
    #[actix_web::test]
    follow_through => commitments_are_drafted_reported_and_confirmed_by_link,
}
