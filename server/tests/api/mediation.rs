//! Starting a mediation through the pages: the citizen asks, the body agrees, an
//! administrator certifies a mediator, the coordinator proposes the best match, the
//! mediator declares no conflict and takes the case.

use kenes_core::permissions::{Grant, Level, Role};
use kenes_core::{both_backends, Backend};

use crate::accounts::{enrol, grant, signed_in, signed_up_and_verified_as, PASSWORD};
use crate::helpers::{spawn_app, Browser, TestApp};

/// A staff member signed in with two-step sign-in on.
pub async fn staff<'a>(app: &'a TestApp, email: &'static str, role: Grant) -> Browser<'a> {
    let mut b = signed_up_and_verified_as(app, email, email.split('@').next().unwrap()).await;
    grant(app, email, role).await;
    b.post("/signin", &[("email", email), ("password", PASSWORD)])
        .await;
    enrol(&mut b).await;
    b
}

pub async fn post(b: &mut Browser<'_>, path: &str, form: &[(&str, &str)]) -> String {
    let res = b.post(path, form).await;
    match res.status().as_u16() {
        303 => res.headers()["location"].to_str().unwrap().to_owned(),
        _ => res.text().await.unwrap(),
    }
}

async fn citizen_body_coordinator_and_mediator_start_a_mediation(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut citizen = signed_in(&app).await;
    let key = crate::filing::key_in(&citizen.get_page("/file").await);
    let page = citizen
        .post_page(
            "/file",
            &[
                ("idempotency_key", key.as_str()),
                ("appeal_kind", "complaint"),
                ("category", "interethnic"),
                ("kato", "1132"),
                ("title", "Tension in the village"),
                (
                    "body",
                    "After a fight between young people the village is tense.",
                ),
                ("lang", "en"),
                ("privacy", "public_anonymous"),
            ],
        )
        .await;
    let code = crate::filing::code_in(&page);
    let g = format!("/g/{code}");

    let mut official = staff(
        &app,
        "akim@example.kz",
        Grant::new(Role::Official).body("akimat-1132"),
    )
    .await;
    post(&mut official, &g, &[("op", "accept")]).await;
    // A neighbour supports it: they will hear when mediation begins.
    let neighbour = "neighbour@example.kz";
    let mut supporter = crate::accounts::signed_in_as(&app, neighbour, "Neighbour").await;
    post(&mut supporter, &g, &[("op", "support")]).await;

    // The citizen asks; the hope is required.
    let page = post(&mut citizen, &g, &[("op", "m-request"), ("hope", "")]).await;
    assert!(page.contains("Please fill this in."), "{page}");
    // Too short: refused, what was typed comes back.
    let page = post(&mut citizen, &g, &[("op", "m-request"), ("hope", "Calm")]).await;
    assert!(page.contains(">Calm</textarea>"), "typed hope kept: {page}");
    let hope = "A calm meeting with the akimat and the elders.";
    assert_eq!(
        post(&mut citizen, &g, &[("op", "m-request"), ("hope", hope)]).await,
        format!("{g}?done=m-request")
    );
    let page = official.get_page(&g).await;
    assert!(
        page.contains(hope) && page.contains("I agree to mediation"),
        "{page}"
    );
    post(&mut official, &g, &[("op", "m-consent")]).await;

    // A mediator for the region, certified by an administrator.
    let mut mediator = staff(
        &app,
        "mediator@example.kz",
        Grant::new(Role::Mediator).kato("11"),
    )
    .await;
    // A language not on the list: refused, the profile as it was filled in.
    let page = mediator
        .post_page(
            "/mediator",
            &[
                ("op", "profile"),
                ("bio", "Twelve years of community mediation."),
                ("languages", "xx"),
                ("specialisations", "ethnomediation"),
            ],
        )
        .await;
    assert!(
        page.contains("Choose the languages from the list."),
        "{page}"
    );
    assert!(
        page.contains(">Twelve years of community mediation.</textarea>"),
        "typed bio kept: {page}"
    );
    assert!(
        page.contains(r#"value="ethnomediation" checked"#),
        "ticked field kept: {page}"
    );
    let saved = mediator
        .post_page(
            "/mediator",
            &[
                ("op", "profile"),
                ("bio", "Twelve years of community mediation."),
                ("languages", "en"),
                ("languages", "kk"),
                ("specialisations", "ethnomediation"),
                ("available", "yes"),
            ],
        )
        .await;
    assert!(
        saved.contains("No valid certification is recorded"),
        "{saved}"
    );
    let mut admin = staff(&app, "admin@example.kz", Grant::new(Role::Administrator)).await;
    let roster = admin.get_page("/admin/mediators").await;
    let id = crate::helpers::attribute_after(&roster, r#"name="mediator" value=""#);
    let page = admin
        .post_page(
            "/admin/mediators",
            &[
                ("op", "certify"),
                ("mediator", &id),
                ("issuer", "Ministry of Justice"),
                ("number", "M-12"),
                ("valid_until", "2030-01-01"),
            ],
        )
        .await;
    assert!(page.contains("valid until 1 January 2030"), "{page}");
    // Officials are not administrators.
    assert!(official
        .get_page("/admin/mediators")
        .await
        .contains("You do not have the right to do this."));

    let mut coordinator = staff(
        &app,
        "centre@example.kz",
        Grant::new(Role::Coordinator)
            .level(Level::Local)
            .kato("1132"),
    )
    .await;
    let page = coordinator.get_page(&g).await;
    assert!(
        page.contains("specialised in this kind of conflict"),
        "{page}"
    );
    assert_eq!(
        post(
            &mut coordinator,
            &g,
            &[("op", "m-propose"), ("mediator", &id)]
        )
        .await,
        format!("{g}?done=m-propose")
    );
    let page = post(&mut mediator, &g, &[("op", "m-confirm")]).await;
    assert!(
        page.contains("Please fill this in."),
        "the declaration is required: {page}"
    );
    post(
        &mut mediator,
        &g,
        &[("op", "m-confirm"), ("no_conflict", "yes")],
    )
    .await;
    let public = app.browser().get_page(&g).await;
    assert!(public.contains("In mediation"), "{public}");
    let news = app.wait_for_mail(neighbour, 2).await;
    assert!(news.body.contains("is now: In mediation."), "{news:?}");
    assert!(public.contains("Mediation asked for") && public.contains(hope));
    // The tracking page words every step as the grievance's page does.
    let tracked = app
        .browser()
        .get_page(&g.replace("/g/", "/track?code="))
        .await;
    for step in [
        "Mediation asked for",
        "Agreed to mediation",
        "Mediator proposed",
    ] {
        assert!(tracked.contains(step), "{step}: {tracked}");
    }
    assert!(citizen
        .get_page(&g)
        .await
        .contains("Mediation is under way."));
}

both_backends! {
    #[actix_web::test]
    starts => citizen_body_coordinator_and_mediator_start_a_mediation,
}

/// Two participants in the room: one writes, the other's event stream hears of it; the
/// room refuses outsiders and keeps moderation visible.
/// A running mediation on a fresh grievance: its room's path and the citizen, the
/// official, the mediator and the coordinator, each signed in.
pub struct Started<'a> {
    pub room: String,
    pub citizen: Browser<'a>,
    pub official: Browser<'a>,
    pub mediator: Browser<'a>,
    pub coordinator: Browser<'a>,
    pub admin: Browser<'a>,
}

pub async fn started(app: &TestApp) -> Started<'_> {
    started_with(app, "public_anonymous").await
}

/// Like [`started`], on a grievance of the given privacy.
pub async fn started_with<'a>(app: &'a TestApp, privacy: &str) -> Started<'a> {
    let mut citizen = signed_in(app).await;
    let key = crate::filing::key_in(&citizen.get_page("/file").await);
    let page = citizen
        .post_page(
            "/file",
            &[
                ("idempotency_key", key.as_str()),
                ("appeal_kind", "complaint"),
                ("category", "utilities"),
                ("kato", "1132"),
                ("title", "No hot water"),
                ("body", "No hot water in building 5 for two weeks."),
                ("lang", "en"),
                ("privacy", privacy),
            ],
        )
        .await;
    let code = crate::filing::code_in(&page);
    let g = format!("/g/{code}");
    let room = format!("/room/{code}");
    let mut official = staff(
        app,
        "akim@example.kz",
        Grant::new(Role::Official).body("akimat-1132"),
    )
    .await;
    post(&mut official, &g, &[("op", "accept")]).await;
    post(
        &mut citizen,
        &g,
        &[
            ("op", "m-request"),
            ("hope", "Hot water back before winter."),
        ],
    )
    .await;
    post(&mut official, &g, &[("op", "m-consent")]).await;
    let mut mediator = staff(
        app,
        "mediator@example.kz",
        Grant::new(Role::Mediator).kato("11"),
    )
    .await;
    mediator
        .post(
            "/mediator",
            &[
                ("op", "profile"),
                ("bio", ""),
                ("languages", "en"),
                ("available", "yes"),
            ],
        )
        .await;
    let mediator_id = kenes_core::db::interact::<_, _, kenes_core::DbError>(&app.pool, |c| {
        use diesel::prelude::*;
        use kenes_core::schema::users;
        Ok(users::table
            .filter(users::email.eq("mediator@example.kz"))
            .select(users::id)
            .first::<i64>(c)?)
    })
    .await
    .unwrap();
    let mut admin = staff(app, "admin@example.kz", Grant::new(Role::Administrator)).await;
    let id = mediator_id.to_string();
    admin
        .post(
            "/admin/mediators",
            &[
                ("op", "certify"),
                ("mediator", &id),
                ("issuer", "MoJ"),
                ("number", "M-1"),
                ("valid_until", "2030-01-01"),
            ],
        )
        .await;
    let mut coordinator = staff(
        app,
        "centre@example.kz",
        Grant::new(Role::Coordinator)
            .level(Level::Local)
            .kato("1132"),
    )
    .await;
    post(
        &mut coordinator,
        &g,
        &[("op", "m-propose"), ("mediator", &id)],
    )
    .await;
    post(
        &mut mediator,
        &g,
        &[("op", "m-confirm"), ("no_conflict", "yes")],
    )
    .await;
    assert!(citizen
        .get_page(&g)
        .await
        .contains(&format!(r#"href="{room}""#)));
    Started {
        room,
        citizen,
        official,
        mediator,
        coordinator,
        admin,
    }
}

/// A running mediation whose three participants have accepted the room's rules.
pub async fn in_room(app: &TestApp) -> Started<'_> {
    let mut s = started(app).await;
    for b in [&mut s.citizen, &mut s.official, &mut s.mediator] {
        post(b, &s.room, &[("op", "rules")]).await;
    }
    s
}

async fn the_room_is_live_and_moderated(backend: Backend) {
    let app = spawn_app(backend).await;
    let Started {
        room,
        mut citizen,
        mut official,
        mut mediator,
        mut coordinator,
        ..
    } = started(&app).await;

    // Outsiders see nothing: not the page, not the stream.
    assert_eq!(app.browser().get(&room).await.status(), 404);
    assert_eq!(
        app.browser().get(&format!("{room}/events")).await.status(),
        404
    );
    assert_eq!(
        coordinator.get(&room).await.status(),
        404,
        "coordinators are not in the room"
    );

    // Rules first, then messages; the official's stream hears the citizen's message.
    let page = post(
        &mut citizen,
        &room,
        &[("op", "post"), ("body", "Hello"), ("lang", "en")],
    )
    .await;
    assert!(
        page.contains("Please accept the rules of the room first."),
        "{page}"
    );
    for b in [&mut citizen, &mut official, &mut mediator] {
        post(b, &room, &[("op", "rules")]).await;
    }
    let mut stream = app
        .client
        .get(format!("{}{room}/events", app.address))
        .header("Cookie", official_cookies(&official))
        .send()
        .await
        .unwrap();
    assert_eq!(stream.headers()["content-type"], "text/event-stream");
    let sent = post(
        &mut citizen,
        &room,
        &[
            ("op", "post"),
            ("body", "Two weeks without hot water."),
            ("lang", "en"),
        ],
    )
    .await;
    assert!(sent.starts_with(&format!("{room}#m")), "{sent}");
    let heard = crate::helpers::until_changed(&mut stream).await;
    assert!(heard.starts_with(": connected"), "{heard}");

    // The official sees the hidden citizen as "citizen", replies in the thread; the
    // mediator hides a message with a reason that everyone sees.
    let page = official.get_page(&room).await;
    assert!(
        page.contains("Two weeks without hot water.") && !page.contains("Айгүл"),
        "{page}"
    );
    let first = sent.rsplit("#m").next().unwrap().to_owned();
    post(
        &mut official,
        &room,
        &[
            ("op", "post"),
            ("parent", &first),
            ("body", "The boiler is being repaired."),
            ("lang", "en"),
        ],
    )
    .await;
    let page = citizen.get_page(&room).await;
    assert!(page.contains("Replies") && page.contains("The boiler is being repaired."));
    post(
        &mut mediator,
        &room,
        &[
            ("op", "hide"),
            ("message", &first),
            ("reason", "Personal details"),
        ],
    )
    .await;
    let page = official.get_page(&room).await;
    assert!(page.contains("Hidden by the moderator: Personal details"));
    assert!(!page.contains("Two weeks without hot water."));
    assert!(page.contains("message hidden"), "the log shows it");
    let page = post(
        &mut official,
        &room,
        &[("op", "hide"), ("message", &first), ("reason", "x")],
    )
    .await;
    assert!(page.contains("You do not have the right to do this."));
}

/// Proposals, marks and an agreement accepted by both parties resolve the grievance.
async fn an_agreement_reached_in_the_room_resolves_the_grievance(backend: Backend) {
    let app = spawn_app(backend).await;
    let Started {
        room,
        mut citizen,
        mut official,
        mut mediator,
        ..
    } = in_room(&app).await;
    let page = post(&mut official, &room, &[("op", "propose"), ("proposal", "")]).await;
    assert!(page.contains("Please fill this in."), "{page}");
    let none = "No proposal has been put on the table yet.";
    assert!(page.contains(none), "an empty list says so: {page}");
    post(
        &mut official,
        &room,
        &[
            ("op", "propose"),
            ("proposal", "Repair the boiler by Friday."),
        ],
    )
    .await;
    let page = citizen.get_page(&room).await;
    assert!(!page.contains(none), "{page}");
    let id = crate::helpers::attribute_after(&page, r#"name="proposal" value=""#);
    // A mark not chosen: the room names the three marks.
    let page = post(
        &mut citizen,
        &room,
        &[
            ("op", "vote"),
            ("proposal", &id),
            ("reason", "Friday works"),
        ],
    )
    .await;
    let by_proposal = format!(
        r#"id="vote-{id}-error" role="alert" class="error">Choose agree, disagree or pass."#
    );
    assert!(page.contains(&by_proposal), "by its proposal: {page}");
    assert!(
        page.contains(r#"name="reason" value="Friday works""#),
        "typed reason kept: {page}"
    );
    post(
        &mut citizen,
        &room,
        &[
            ("op", "vote"),
            ("proposal", &id),
            ("vote", "agree"),
            ("reason", "Friday works"),
        ],
    )
    .await;
    post(
        &mut mediator,
        &room,
        &[
            ("op", "interests"),
            ("party", "citizen"),
            ("summary", "Hot water before the cold."),
        ],
    )
    .await;
    let page = mediator.get_page(&room).await;
    assert!(page.contains("agree 1 · disagree 0 · pass 0"), "{page}");
    assert!(page.contains("Hot water before the cold."));
    assert!(
        page.contains(">Repair the boiler by Friday.</textarea>"),
        "the draft starts from agreed proposals"
    );
    post(
        &mut mediator,
        &room,
        &[
            ("op", "draft"),
            ("agreement", "The boiler is repaired by Friday."),
        ],
    )
    .await;
    let page = post(
        &mut citizen,
        &room,
        &[("op", "respond"), ("publish", "yes")],
    )
    .await;
    assert!(
        page.contains(r#"id="respond-error" role="alert" class="error">Choose whether you accept the agreement."#),
        "{page}"
    );
    let page = post(&mut citizen, &room, &[("op", "respond"), ("accept", "no")]).await;
    assert!(
        page.contains(
            r#"id="answer_reason-error" role="alert" class="error">Please fill this in."#
        ),
        "a rejection needs a reason, asked by its field: {page}"
    );
    assert!(
        page.contains(r#"value="no" checked"#),
        "the answer as given: {page}"
    );
    post(
        &mut citizen,
        &room,
        &[("op", "respond"), ("accept", "yes"), ("publish", "yes")],
    )
    .await;
    post(
        &mut official,
        &room,
        &[("op", "respond"), ("accept", "yes")],
    )
    .await;
    let g = room.replace("/room/", "/g/");
    let public = app.browser().get_page(&g).await;
    assert!(public.contains("Resolved"), "{public}");
    let page = citizen.get_page(&room).await;
    assert!(page.contains("Accepted by both sides."));
    assert!(
        !page.contains(r#"name="op" value="post""#),
        "the room is read-only now"
    );
}

/// Two server processes' worth of apps on one PostgreSQL database: a message written
/// through one reaches a watcher of the other (LISTEN/NOTIFY).
#[actix_web::test]
async fn a_watcher_on_another_node_hears_the_room() {
    let a = crate::helpers::spawn_app_with(Backend::Postgres, |s| s.room_relay = true).await;
    let url = a.database_url.clone();
    let b = crate::helpers::spawn_app_with(Backend::Postgres, |s| {
        s.database_url = url;
        s.room_relay = true;
    })
    .await;
    let Started {
        room,
        mut citizen,
        official,
        ..
    } = in_room(&a).await;
    // The official watches through node B; the session lives in the shared database.
    let mut stream = b
        .client
        .get(format!("{}{room}/events", b.address))
        .header("Cookie", official_cookies(&official))
        .send()
        .await
        .unwrap();
    assert_eq!(stream.status(), 200);
    let mut heard = String::new();
    // Node B's listener may still be connecting: write until it hears (a few tries at most).
    for attempt in 0..8 {
        let body = format!("Message {attempt} through node A.");
        post(
            &mut citizen,
            &room,
            &[("op", "post"), ("body", &body), ("lang", "en")],
        )
        .await;
        while let Ok(Ok(Some(chunk))) =
            tokio::time::timeout(std::time::Duration::from_millis(500), stream.chunk()).await
        {
            heard.push_str(&String::from_utf8_lossy(&chunk));
        }
        if heard.contains("event: changed") {
            break;
        }
    }
    assert!(
        heard.contains("event: changed"),
        "node B heard nothing: {heard:?}"
    );
}

/// Observers: only when both parties allow it, the public reads the room; it never writes.
async fn observers_read_when_both_parties_allow(backend: Backend) {
    let app = spawn_app(backend).await;
    let Started {
        room,
        mut citizen,
        mut official,
        mut mediator,
        ..
    } = in_room(&app).await;
    post(
        &mut mediator,
        &room,
        &[
            ("op", "post"),
            ("body", "Welcome, everyone."),
            ("lang", "en"),
        ],
    )
    .await;
    let g = room.replace("/room/", "/g/");
    assert_eq!(app.browser().get(&room).await.status(), 404);
    post(&mut citizen, &g, &[("op", "m-observers"), ("allow", "yes")]).await;
    assert_eq!(
        app.browser().get(&room).await.status(),
        404,
        "one party is not enough"
    );
    assert!(!app
        .browser()
        .get_page(&g)
        .await
        .contains("Follow the dialogue"));
    post(
        &mut official,
        &g,
        &[("op", "m-observers"), ("allow", "yes")],
    )
    .await;
    let mut public = app.browser();
    assert!(public.get_page(&g).await.contains("Follow the dialogue"));
    let page = public.get_page(&room).await;
    assert!(
        page.contains("Welcome, everyone.") && page.contains("as an observer"),
        "{page}"
    );
    assert!(
        !page.contains(r#"name="op" value="post""#),
        "no writing form"
    );
    assert!(!page.contains("Айгүл"), "the hidden citizen stays hidden");
    assert_eq!(public.get(&format!("{room}/events")).await.status(), 200);
    let page = post(
        &mut public,
        &room,
        &[("op", "post"), ("body", "Me too"), ("lang", "en")],
    )
    .await;
    assert!(
        page.contains("You do not have the right to do this."),
        "{page}"
    );
    // A party changes its mind: the room closes again.
    post(&mut official, &g, &[("op", "m-observers"), ("allow", "no")]).await;
    assert_eq!(app.browser().get(&room).await.status(), 404);
}

fn official_cookies(b: &Browser<'_>) -> String {
    b.cookies
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The value of the first `name="…" value="…"` hidden field called `name`.
pub fn hidden(page: &str, name: &str) -> String {
    crate::helpers::attribute_after(page, &format!("name=\"{name}\" value=\""))
}

async fn stakeholders_sessions_and_the_moderation_queue(backend: Backend) {
    let app = spawn_app(backend).await;
    let Started {
        room,
        mut citizen,
        mut mediator,
        ..
    } = in_room(&app).await;
    let mut aksakal = signed_up_and_verified_as(&app, "aksakal@example.kz", "Berik aga").await;
    aksakal
        .post(
            "/signin",
            &[("email", "aksakal@example.kz"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(aksakal.get(&room).await.status(), 404);

    // Only the mediator invites, and only someone with an account.
    let invite = [
        ("op", "invite"),
        ("email", "aksakal@example.kz"),
        ("kind", "aksakal"),
    ];
    let page = post(&mut citizen, &room, &invite).await;
    assert!(
        page.contains("You do not have the right to do this."),
        "{page}"
    );
    let page = post(
        &mut mediator,
        &room,
        &[
            ("op", "invite"),
            ("email", "nobody@example.kz"),
            ("kind", "expert"),
        ],
    )
    .await;
    assert!(
        page.contains("Nobody has a Kenes account with this address."),
        "{page}"
    );
    assert!(page.contains(r#"aria-invalid="true""#), "{page}");
    assert_eq!(post(&mut mediator, &room, &invite).await, room);
    let mail = app.wait_for_mail("aksakal@example.kz", 2).await;
    assert!(mail.link("/room/").ends_with(&room), "{mail:?}");

    // The aksakal enters, accepts the rules and speaks under their name.
    post(&mut aksakal, &room, &[("op", "rules")]).await;
    post(
        &mut aksakal,
        &room,
        &[
            ("op", "post"),
            ("body", "Let us hear both sides."),
            ("lang", "en"),
        ],
    )
    .await;
    let page = citizen.get_page(&room).await;
    assert!(page.contains("Berik aga · invited participant"), "{page}");
    assert!(page.contains("Berik aga · aksakal"), "{page}");

    // A session: bad input is named by its field and stores nothing; good input is mailed.
    let page = post(
        &mut mediator,
        &room,
        &[
            ("op", "schedule"),
            ("starts", "next week"),
            ("minutes", "60"),
            ("place", ""),
            ("agenda", "Interests"),
        ],
    )
    .await;
    assert!(page.contains("Please enter a date and time."), "{page}");
    assert!(page.contains("No session is scheduled."), "{page}");
    let starts =
        (chrono::Utc::now().naive_utc() + chrono::Duration::days(2) + chrono::Duration::hours(5))
            .format("%Y-%m-%dT%H:%M")
            .to_string();
    let done = post(
        &mut mediator,
        &room,
        &[
            ("op", "schedule"),
            ("starts", starts.as_str()),
            ("minutes", "90"),
            ("place", ""),
            ("agenda", "What each side needs"),
        ],
    )
    .await;
    assert_eq!(done, room);
    let page = citizen.get_page(&room).await;
    // The room and the mail give the time as the citizen reads it: "10 November 2026, 15:30".
    let when = chrono::NaiveDateTime::parse_from_str(&starts, "%Y-%m-%dT%H:%M")
        .unwrap()
        .format("%-d %B %Y, %H:%M")
        .to_string();
    let shown = format!("{when} · 90 minutes · in this online room");
    assert!(page.contains(&shown), "{page}");
    assert!(page.contains("What each side needs"), "{page}");
    let mut told = false;
    for _ in 0..100 {
        told = app
            .mails()
            .iter()
            .any(|m| m.to == crate::accounts::EMAIL && m.body.contains(&when));
        if told {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(told, "the citizen was not mailed the session");

    // A report reaches the mediator's queue (not the citizen's); dismissing it is logged.
    let page = citizen.get_page(&room).await;
    let before = &page[..page.find("Let us hear both sides.").unwrap()];
    let message = before[before.rfind("id=\"m").unwrap() + 5..]
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    post(
        &mut citizen,
        &room,
        &[
            ("op", "report"),
            ("message", message.as_str()),
            ("reason", "Feels one-sided"),
        ],
    )
    .await;
    let refused = citizen.get_page("/moderation").await;
    assert!(
        refused.contains("You do not have the right to do this."),
        "{refused}"
    );
    assert!(!refused.contains("Feels one-sided"), "{refused}");
    let queue = mediator.get_page("/moderation").await;
    assert!(queue.contains("Feels one-sided"), "{queue}");
    assert!(queue.contains("Let us hear both sides."), "{queue}");
    let report = hidden(&queue, "report");
    let page = post(
        &mut mediator,
        "/moderation",
        &[
            ("op", "dismiss"),
            ("report", report.as_str()),
            ("reason", ""),
        ],
    )
    .await;
    assert!(page.contains("Please fill this in."), "{page}");
    let done = post(
        &mut mediator,
        "/moderation",
        &[
            ("op", "dismiss"),
            ("report", report.as_str()),
            ("reason", "Fair words"),
        ],
    )
    .await;
    assert_eq!(done, "/moderation");
    assert!(mediator
        .get_page("/moderation")
        .await
        .contains("No open reports."));
    let page = citizen.get_page(&room).await;
    assert!(page.contains("report dismissed"), "{page}");
    assert!(page.contains("Fair words"), "{page}");
}

both_backends! {
    #[actix_web::test]
    room => the_room_is_live_and_moderated,
    stakeholders => stakeholders_sessions_and_the_moderation_queue,
    agreement => an_agreement_reached_in_the_room_resolves_the_grievance,
    observers => observers_read_when_both_parties_allow,
}

/// The public registry: a certified mediator is listed for anyone, filters narrow it, the
/// ties they declared never show, and a mediator who keeps out of it is gone from both the
/// list and their page.
async fn the_public_registry_of_mediators(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut mediator = staff(
        &app,
        "registry@example.kz",
        Grant::new(Role::Mediator).kato("11"),
    )
    .await;
    let profile = |hidden: &'static str| {
        vec![
            ("op", "profile"),
            ("bio", "Land disputes between neighbours, for twenty years."),
            ("languages", "kk"),
            ("languages", "en"),
            ("specialisations", "land"),
            ("available", "yes"),
            ("hidden", hidden),
        ]
    };
    mediator.post_page("/mediator", &profile("no")).await;
    let tie = "Brother-in-law of the akim of Akkol";
    mediator
        .post_page(
            "/mediator",
            &[
                ("op", "tie"),
                ("kind", "person"),
                ("value", tie),
                ("note", ""),
            ],
        )
        .await;
    let mut guest = app.browser();
    let list = guest.get_page("/mediators").await;
    assert!(!list.contains("Land disputes"), "not certified yet: {list}");

    let mut admin = staff(&app, "admin@example.kz", Grant::new(Role::Administrator)).await;
    let roster = admin.get_page("/admin/mediators").await;
    let id = crate::helpers::attribute_after(&roster, r#"name="mediator" value=""#);
    admin
        .post_page(
            "/admin/mediators",
            &[
                ("op", "certify"),
                ("mediator", &id),
                ("issuer", "Ministry of Justice"),
                ("number", "M-31"),
                ("valid_until", "2031-06-30"),
            ],
        )
        .await;
    let list = guest.get_page("/mediators").await;
    assert!(
        list.contains(&format!(r#"href="/mediators/{id}""#)) && list.contains("M-31"),
        "{list}"
    );
    assert!(
        list.contains("Akmola Region") && list.contains("Land disputes"),
        "{list}"
    );
    assert!(!list.contains(tie), "declared ties are never shown");
    let only = |q: &'static str| format!("/mediators?{q}");
    assert!(guest.get_page(&only("language=en")).await.contains("M-31"));
    assert!(!guest.get_page(&only("language=ru")).await.contains("M-31"));
    assert!(guest
        .get_page(&only("region=11&specialisation=land"))
        .await
        .contains("M-31"));
    assert!(!guest.get_page(&only("region=75")).await.contains("M-31"));
    let page = guest.get_page(&format!("/mediators/{id}")).await;
    assert!(
        page.contains("Mediations taken") && page.contains("none ended yet"),
        "{page}"
    );
    assert!(!page.contains(tie));

    // Kept out: gone from the list and from their page, which answers 404.
    mediator.post_page("/mediator", &profile("yes")).await;
    assert!(!guest.get_page("/mediators").await.contains("M-31"));
    let res = guest.get(&format!("/mediators/{id}")).await;
    assert_eq!(res.status().as_u16(), 404);
}

both_backends! {
    #[actix_web::test]
    registry => the_public_registry_of_mediators,
}
