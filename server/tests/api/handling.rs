//! An official and a citizen handle a grievance through the pages, with forms only.

use kenes_core::permissions::{Grant, Role};
use kenes_core::{both_backends, Backend};

use crate::accounts::{
    enrol, grant, signed_in, signed_in_as, signed_up_and_verified_as, EMAIL, PASSWORD,
};
use crate::filing::{code_in, key_in};
use crate::helpers::{spawn_app, Browser};
use crate::mediation::staff;

const OFFICIAL: &str = "akim@example.kz";

pub(crate) async fn file(b: &mut Browser<'_>, title: &str, privacy: &str) -> String {
    let key = key_in(&b.get_page("/file").await);
    let page = b
        .post_page(
            "/file",
            &[
                ("idempotency_key", key.as_str()),
                ("appeal_kind", "complaint"),
                ("category", "utilities"),
                ("kato", "1132"),
                ("title", title),
                ("body", "No hot water in building 5 since Monday."),
                ("lang", "en"),
                ("privacy", privacy),
            ],
        )
        .await;
    code_in(&page)
}

/// Posts a step on the grievance page; returns where it redirected (success) or the page.
pub(crate) async fn step(
    b: &mut Browser<'_>,
    code: &str,
    form: &[(&str, &str)],
) -> Result<String, String> {
    let res = b.post(&format!("/g/{code}"), form).await;
    if res.status() == 303 {
        Ok(res.headers()["location"].to_str().unwrap().to_owned())
    } else {
        Err(res.text().await.unwrap())
    }
}

/// The official of the body that handles `code`, signed in with two steps, who accepted it.
async fn accepting_official<'a>(app: &'a crate::helpers::TestApp, code: &str) -> Browser<'a> {
    let mut official = staff(
        app,
        OFFICIAL,
        Grant::new(Role::Official).body("akimat-1132"),
    )
    .await;
    step(&mut official, code, &[("op", "accept")])
        .await
        .unwrap();
    official
}

async fn official_answers_citizen_rates_and_reopens(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut citizen = signed_in(&app).await;
    let code = file(&mut citizen, "No hot water", "public_anonymous").await;

    let mut official = signed_up_and_verified_as(&app, OFFICIAL, "Official").await;
    grant(
        &app,
        OFFICIAL,
        Grant::new(Role::Official).body("akimat-1132"),
    )
    .await;
    official
        .post("/signin", &[("email", OFFICIAL), ("password", PASSWORD)])
        .await;
    // Without the second factor staff rights do not count.
    let page = official.get_page(&format!("/g/{code}")).await;
    assert!(page.contains("two-step sign-in"), "{page}");
    assert!(!page.contains("Accept for handling"));
    enrol(&mut official).await;

    // The official sees the hidden author; the public does not.
    let page = official.get_page(&format!("/g/{code}")).await;
    assert!(page.contains("Akimat: Akkol District"), "routed: {page}");
    assert!(page.contains("Айгүл"), "handlers see who filed");
    assert!(page.contains("Accept for handling"));
    assert!(
        !page.contains("Support this grievance"),
        "the handler is not offered to support it"
    );
    let public = app.browser().get_page(&format!("/g/{code}")).await;
    assert!(public.contains("No hot water"), "public text");
    assert!(
        !public.contains("Айгүл"),
        "the hidden name never reaches the public"
    );
    assert!(!public.contains("Accept for handling"));

    // The citizen cannot act for the body; nothing changes.
    let page = step(&mut citizen, &code, &[("op", "accept")])
        .await
        .unwrap_err();
    assert!(
        page.contains("You do not have the right to do this."),
        "{page}"
    );
    assert_eq!(
        step(&mut official, &code, &[("op", "accept")])
            .await
            .unwrap(),
        format!("/g/{code}?done=accept")
    );
    let mail = app.wait_for_mail(EMAIL, 3).await;
    assert_eq!(
        mail.subject,
        format!("Your grievance “No hot water” ({code}) was accepted")
    );
    // A redirect with neither a body nor a reason says so by both fields at once.
    let page = step(
        &mut official,
        &code,
        &[("op", "redirect"), ("body", ""), ("reason", "")],
    )
    .await
    .unwrap_err();
    for (field, message) in [
        ("redirect-body", "Choose the body to send the grievance to."),
        ("redirect-reason", "Please fill this in."),
    ] {
        let shown = format!(r#"id="{field}-error" role="alert" class="error">{message}</p>"#);
        assert!(page.contains(&shown), "{shown} in {page}");
    }
    assert!(mail.body.contains(&format!("/g/{code}")));

    let page = step(
        &mut official,
        &code,
        &[("op", "answer"), ("answer", "Soon")],
    )
    .await
    .unwrap_err();
    assert!(
        page.contains("A legal answer needs at least 20 characters"),
        "next to the field"
    );
    assert!(page.contains(">Soon</textarea>"), "what was typed is kept");
    let answer = "The boiler was repaired on Tuesday; hot water is back.";
    // The official reads the answer as the citizen will before it goes; nothing is sent yet.
    let page = step(
        &mut official,
        &code,
        &[("op", "answer"), ("answer", answer)],
    )
    .await
    .unwrap_err();
    assert!(
        page.contains("The citizen will receive this answer"),
        "{page}"
    );
    assert!(page.contains(r#"name="send" value="yes""#), "{page}");
    let to_citizen = app.mails().iter().filter(|m| m.to == EMAIL).count();
    assert_eq!(to_citizen, 3, "nothing sent by a preview");
    step(
        &mut official,
        &code,
        &[("op", "answer"), ("answer", answer), ("send", "yes")],
    )
    .await
    .unwrap();
    let mail = app.wait_for_mail(EMAIL, 4).await;
    assert_eq!(
        mail.subject,
        format!("Your grievance “No hot water” ({code}) has an answer")
    );
    assert!(
        mail.body.contains(answer),
        "the answer is in the mail: {}",
        mail.body
    );

    // The queue lists it for the official only.
    let queue = official.get_page("/queue?status=answered").await;
    assert!(queue.contains(&code), "{queue}");
    assert!(citizen
        .get_page("/queue")
        .await
        .contains("You do not have the right to do this."));

    // The citizen rates and reopens; the timeline shows it by role.
    let page = citizen.get_page(&format!("/g/{code}")).await;
    assert!(page.contains(answer) && page.contains("Reopen"));
    assert!(page.contains("Ask for review at the next level"), "{page}");
    // An appeal needs a poor rating: refused, the reason kept.
    let why = "The boiler is still broken.";
    let page = step(
        &mut citizen,
        &code,
        &[
            ("op", "rate"),
            ("rating", "3"),
            ("appeal", "yes"),
            ("appeal_reason", why),
        ],
    )
    .await
    .unwrap_err();
    assert!(
        page.contains("An appeal needs a rating of 1 or 2."),
        "{page}"
    );
    assert!(
        page.contains(&format!(">{why}</textarea>")),
        "typed reason kept"
    );
    step(&mut citizen, &code, &[("op", "rate"), ("rating", "2")])
        .await
        .unwrap();
    let page = step(&mut citizen, &code, &[("op", "reopen"), ("reason", "")])
        .await
        .unwrap_err();
    assert!(page.contains("Please fill this in."));
    step(
        &mut citizen,
        &code,
        &[
            ("op", "reopen"),
            ("reason", "Hot water stopped again on Thursday."),
        ],
    )
    .await
    .unwrap();
    let page = app.browser().get_page(&format!("/g/{code}")).await;
    assert!(
        page.contains("Reopened") && page.contains("Rated the answer 2 of 5"),
        "{page}"
    );
    assert!(page.contains("Hot water stopped again on Thursday."));

    // Another citizen supports it once.
    let mut neighbour = signed_up_and_verified_as(&app, "neighbour@example.kz", "Neighbour").await;
    neighbour
        .post(
            "/signin",
            &[("email", "neighbour@example.kz"), ("password", PASSWORD)],
        )
        .await;
    step(&mut neighbour, &code, &[("op", "support")])
        .await
        .unwrap();
    let page = neighbour.get_page(&format!("/g/{code}")).await;
    assert!(page.contains(r#"<dd class="supports">1</dd>"#), "{page}");
    assert!(!page.contains("Support this grievance"), "once");
    let page = step(&mut neighbour, &code, &[("op", "support")])
        .await
        .unwrap_err();
    assert!(page.contains("You already support this grievance."));

    // The public list, filtered by region.
    let list = app.browser().get_page("/grievances?region=11").await;
    assert!(list.contains(&format!("/g/{code}")));
    let list = app.browser().get_page("/grievances?region=15").await;
    assert!(!list.contains(&format!("/g/{code}")));
}

async fn private_grievances_stay_private(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut citizen = signed_in(&app).await;
    let code = file(&mut citizen, "Private matter", "private").await;
    let page = citizen.get_page(&format!("/g/{code}")).await;
    assert!(page.contains("Private matter") && page.contains("Withdraw"));
    // Its author sees her name, and that nobody else outside the staff does.
    assert!(page.contains("Айгүл") && page.contains("only the author and the staff see this name"));
    let stranger = app.browser().get_page(&format!("/g/{code}")).await;
    assert!(!stranger.contains("Private matter") && !stranger.contains("Айгүл"));
    assert!(!stranger.contains("Support this grievance"));
    assert!(!app.browser().get_page("/grievances").await.contains(&code));
    let res = app.browser().get("/g/KZ-26-0000-0000").await;
    assert_eq!(res.status(), 404);
    // A guest's post changes nothing.
    let withdraw = [
        ("op", "withdraw"),
        ("reason", "Settled with the neighbours."),
        ("confirm", "yes"),
    ];
    let page = step(&mut app.browser(), &code, &withdraw)
        .await
        .unwrap_err();
    assert!(page.contains("You do not have the right to do this."));
    // Without the confirmation nothing happens, and the page says what is missing.
    let page = step(&mut citizen, &code, &withdraw[..2]).await.unwrap_err();
    assert!(page.contains("Tick the box to confirm"), "{page}");
    assert!(
        page.contains("Settled with the neighbours."),
        "typed reason kept"
    );
    let before = citizen.get_page(&format!("/g/{code}")).await;
    assert!(
        before.contains(r#"value="attach""#),
        "files may be added before"
    );
    step(&mut citizen, &code, &withdraw).await.unwrap();
    let page = citizen.get_page(&format!("/g/{code}")).await;
    assert!(page.contains("Withdrawn"));
    // Over for good: no more steps, not even adding files.
    assert!(!page.contains(r#"value="attach""#), "{page}");
    assert!(!page.contains(r#"value="withdraw""#), "{page}");
}

async fn administrators_route_by_the_bodies_page(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut admin = signed_in(&app).await;
    let page = admin.get_page("/admin/bodies").await;
    assert!(
        page.contains("You do not have the right to do this.")
            && !page.contains("two-step sign-in"),
        "a citizen is not told of a staff role they do not have"
    );
    grant(&app, EMAIL, Grant::new(Role::Official).body("akimat-1132")).await;
    let page = admin.get_page("/admin/bodies").await;
    assert!(
        page.contains("two-step sign-in"),
        "staff only after the second factor"
    );
    enrol(&mut admin).await;
    let page = admin.get_page("/admin/bodies").await;
    assert!(
        page.contains("You do not have the right to do this."),
        "officials are not administrators"
    );
    grant(&app, EMAIL, Grant::new(Role::Administrator)).await;

    let body = [
        ("op", "body"),
        ("code", "water-1132"),
        ("level", "local"),
        ("kato", "1132"),
        ("name_kk", "Су бөлімі"),
        ("name_ru", "Отдел водоснабжения"),
        ("name_en", ""),
    ];
    let page = admin.post_page("/admin/bodies", &body).await;
    assert!(
        page.contains("Please fill this in."),
        "next to the English name"
    );
    assert!(page.contains("Отдел водоснабжения"), "typed values stay");
    let mut body = body.to_vec();
    body[6] = ("name_en", "Water supply department");
    assert!(admin
        .post_page("/admin/bodies", &body)
        .await
        .contains("The body is saved."));
    let rule = [
        ("op", "rule"),
        ("rule_kato", "1132"),
        ("rule_category", "utilities"),
        ("rule_body", "water-1132"),
    ];
    let page = admin.post_page("/admin/bodies", &rule).await;
    assert!(page.contains("The rule is added."), "{page}");
    let page = admin.get_page("/admin/bodies?kato=1132").await;
    assert!(page.contains("Water supply department (water-1132)"));

    // A new grievance about water in Akkol district now goes to the new department.
    let code = file(&mut admin, "No water pressure", "public").await;
    let page = app.browser().get_page(&format!("/g/{code}")).await;
    assert!(page.contains("Water supply department"), "{page}");
}

/// Whether the page's box `name=value` is ticked.
fn ticked(page: &str, name: &str, value: &str) -> bool {
    let at = page
        .find(&format!(r#"name="{name}" value="{value}""#))
        .unwrap_or_else(|| panic!("no box {name}={value}: {page}"));
    let tag = &page[page[..at].rfind('<').unwrap()..at + page[at..].find('>').unwrap()];
    tag.contains("checked")
}

/// A citizen turns off one optional kind of mail: it no longer comes, while the legal
/// notices (filing, the answer) still do.
async fn citizens_turn_off_optional_mails(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut citizen = signed_in(&app).await;
    let page = citizen.get_page("/account/mail").await;
    assert!(ticked(&page, "want", "accepted") && ticked(&page, "want", "queue"));

    let others = [
        "redirected",
        "escalated",
        "deadline_missed",
        "mediation",
        "queue",
    ];
    let mut form = vec![("save", "1")];
    form.extend(others.map(|k| ("want", k)));
    let page = citizen.post_page("/account/mail", &form).await;
    assert!(page.contains("Your choice is saved."), "{page}");
    let page = citizen.get_page("/account/mail").await;
    assert!(!ticked(&page, "want", "accepted"), "turned off: {page}");
    assert!(others.iter().all(|k| ticked(&page, "want", k)), "kept on");

    let code = file(&mut citizen, "No hot water", "public_anonymous").await;
    let mut official = accepting_official(&app, &code).await;
    let answer = "The boiler was repaired on Tuesday; hot water is back.";
    let send = [("op", "answer"), ("answer", answer), ("send", "yes")];
    step(&mut official, &code, &send).await.unwrap();
    // Mail 1 confirmed the address, 2 the filing; the acceptance is skipped.
    let mail = app.wait_for_mail(EMAIL, 3).await;
    assert_eq!(
        mail.subject,
        format!("Your grievance “No hot water” ({code}) has an answer")
    );
    assert!(app
        .mails()
        .iter()
        .all(|m| !m.subject.contains("was accepted")));

    // Every box cleared is saved too.
    citizen.post_page("/account/mail", &[("save", "1")]).await;
    let page = citizen.get_page("/account/mail").await;
    assert!(others.iter().all(|k| !ticked(&page, "want", k)), "{page}");
}

/// The subjects of the mails queued so far to `to` (the outbox is written with the step).
pub(crate) async fn queued_to(app: &crate::helpers::TestApp, to: &'static str) -> Vec<String> {
    use diesel::prelude::*;
    use kenes_core::schema::mail_outbox;
    kenes_core::db::interact::<_, _, kenes_core::DbError>(&app.pool, move |c| {
        Ok(mail_outbox::table
            .filter(mail_outbox::recipient.eq(to))
            .order(mail_outbox::id)
            .select(mail_outbox::subject)
            .load(c)?)
    })
    .await
    .unwrap()
}

/// Who supports a grievance hears where it got to (not its answer, which is the author's),
/// until they turn that off.
async fn supporters_hear_where_a_grievance_got_to(backend: Backend) {
    const NEIGHBOUR: &str = "neighbour@example.kz";
    let app = spawn_app(backend).await;
    let mut citizen = signed_in(&app).await;
    let code = file(&mut citizen, "Broken lift", "public").await;
    let mut neighbour = signed_in_as(&app, NEIGHBOUR, "Neighbour").await;
    let done = step(&mut neighbour, &code, &[("op", "support")])
        .await
        .unwrap();
    let page = neighbour.get_page(&done).await;
    assert!(
        page.contains("We will write to you when it is answered or moves on"),
        "{page}"
    );
    // Their page of grievances lists it under those they support; the author's does not.
    let mine = neighbour.get_page("/my").await;
    let supported = mine
        .split("Grievances I support")
        .nth(1)
        .unwrap_or_else(|| panic!("no supported list: {mine}"));
    assert!(supported.contains(&format!("/g/{code}")), "{mine}");
    assert!(!citizen
        .get_page("/my")
        .await
        .contains("Grievances I support"));
    let page = neighbour.get_page("/account/mail").await;
    assert!(ticked(&page, "want", "supported"), "on by default: {page}");
    assert!(page.contains("Grievances I support"), "{page}");

    // Accepting is a procedural step: no news for supporters.
    let mut official = accepting_official(&app, &code).await;
    assert_eq!(
        queued_to(&app, NEIGHBOUR).await.len(),
        1,
        "only the sign-up"
    );
    let answer = "The lift was repaired on Tuesday and inspected on Wednesday.";
    let send = [("op", "answer"), ("answer", answer), ("send", "yes")];
    step(&mut official, &code, &send).await.unwrap();
    let mail = app.wait_for_mail(NEIGHBOUR, 2).await;
    assert_eq!(
        mail.subject,
        format!("News of a grievance you support: “Broken lift” ({code})")
    );
    assert!(mail.body.contains("is now: Answered."), "{}", mail.body);
    assert!(mail.body.contains(&format!("/g/{code}")), "{}", mail.body);
    assert!(mail.body.contains("/account/mail"), "{}", mail.body);
    assert!(!mail.body.contains(answer), "the answer is the author's");

    // Turned off, the next news does not come; the author still hears of her own steps.
    let page = neighbour
        .post_page("/account/mail", &[("save", "1"), ("want", "accepted")])
        .await;
    assert!(page.contains("Your choice is saved."), "{page}");
    let reopen = [
        ("op", "reopen"),
        ("reason", "The lift stopped again on Friday."),
    ];
    step(&mut citizen, &code, &reopen).await.unwrap();
    assert_eq!(queued_to(&app, NEIGHBOUR).await.len(), 2, "nothing new");
    // Another supporter, who kept the default, hears of the new answer.
    const OTHER: &str = "other-neighbour@example.kz";
    let mut other = signed_in_as(&app, OTHER, "Other").await;
    // From a link in Kazakh (`?lang=kk`), the page after the step stays in Kazakh.
    let res = other
        .post(&format!("/g/{code}?lang=kk"), &[("op", "support")])
        .await;
    assert_eq!(
        res.headers()["location"],
        format!("/g/{code}?done=support&lang=kk").as_str()
    );
    step(&mut official, &code, &send).await.unwrap();
    let mail = app.wait_for_mail(OTHER, 2).await;
    assert!(mail.body.contains("is now: Answered."), "{}", mail.body);
    assert_eq!(queued_to(&app, NEIGHBOUR).await.len(), 2, "still nothing");

    // Taking the support back: the count drops, their list forgets it, no more news.
    let done = step(&mut other, &code, &[("op", "unsupport")])
        .await
        .unwrap();
    let page = other.get_page(&done).await;
    assert!(page.contains("Your support is withdrawn"), "{page}");
    assert!(page.contains(r#"<dd class="supports">1</dd>"#), "{page}");
    assert!(page.contains("Support this grievance"), "offered again");
    assert!(!other.get_page("/my").await.contains("Grievances I support"));
    let page = step(&mut other, &code, &[("op", "unsupport")])
        .await
        .unwrap_err();
    assert!(
        page.contains("You do not support this grievance."),
        "{page}"
    );
    let heard = queued_to(&app, OTHER).await.len();
    step(&mut citizen, &code, &reopen).await.unwrap();
    assert_eq!(queued_to(&app, OTHER).await.len(), heard, "no more news");
}

/// The official handling a grievance is offered the older open grievances of its kind and
/// place that they may read, and links it to one with a button.
async fn officials_are_offered_the_grievance_it_may_repeat(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut citizen = signed_in(&app).await;
    let original = file(&mut citizen, "Broken boiler", "public").await;
    let private = file(&mut citizen, "Broken boiler, my flat", "private").await;
    let elsewhere = file(&mut citizen, "Broken boiler, sent on", "public").await;
    let mut official = accepting_official(&app, &elsewhere).await;
    step(
        &mut official,
        &elsewhere,
        &[
            ("op", "redirect"),
            ("body", "akimat-11"),
            ("reason", "The regional akimat runs the boilers."),
        ],
    )
    .await
    .unwrap();
    let repeat = file(&mut citizen, "Boiler broken again", "public").await;
    let newer = file(&mut citizen, "Boiler, once more", "public").await;

    let page = official.get_page(&format!("/g/{repeat}")).await;
    assert!(page.contains("Possibly the same problem"), "{page}");
    for code in [&original, &private] {
        assert!(
            page.contains(&format!(r#"name="of" value="{code}""#)),
            "{code}: {page}"
        );
    }
    // Not one filed after it, nor one another body now handles.
    for code in [&newer, &elsewhere] {
        assert!(
            !page.contains(&format!(r#"value="{code}""#)),
            "{code}: {page}"
        );
    }
    // Its author is not a handler: nothing is offered.
    let theirs = citizen.get_page(&format!("/g/{repeat}")).await;
    assert!(!theirs.contains("Possibly the same problem"));

    step(&mut official, &repeat, &[("op", "link"), ("of", &original)])
        .await
        .unwrap();
    let page = official.get_page(&format!("/g/{repeat}")).await;
    assert!(
        page.contains(&format!(r#"<a href="/g/{original}">{original}</a></p>"#)),
        "{page}"
    );
    assert!(
        !page.contains("Possibly the same problem"),
        "a duplicate is linked once"
    );
    // Its author is told, with the way to the earlier one.
    let subject =
        format!("Your grievance “Boiler broken again” ({repeat}) is linked to an earlier one");
    let mail = app
        .wait_for_mail(EMAIL, queued_to(&app, EMAIL).await.len())
        .await;
    assert_eq!(mail.subject, subject);
    assert!(
        mail.body.contains(&format!("/g/{original}")),
        "{}",
        mail.body
    );
}

both_backends! {
    #[actix_web::test]
    bodies => administrators_route_by_the_bodies_page,
    official_and_citizen => official_answers_citizen_rates_and_reopens,
    private => private_grievances_stay_private,
    mail_preferences => citizens_turn_off_optional_mails,
    supporters => supporters_hear_where_a_grievance_got_to,
    originals => officials_are_offered_the_grievance_it_may_repeat,
}
