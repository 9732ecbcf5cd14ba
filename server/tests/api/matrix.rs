//! The permission matrix (issue 13). Its rows come from the server's own route tables
//! (`kenes_server::routes::all`, the Leptos page list) and from the forms the pages render;
//! its columns are seventeen relations a person can have to a grievance or a room; the
//! expected answer of every cell is in `EXPECTED`. The walk tries every cell, checks the
//! answer, and checks that a step that was not carried out changed nothing.
//!
//! The world: grievances P (public), A (public, author hidden) and V (private) filed in
//! Aktobe (KATO 1510, body akimat-1510) by `author`; a private grievance R in Akkol (1132,
//! body akimat-1132) whose mediation runs in a room opened to observers, filed by `party`.

use std::collections::{BTreeMap, BTreeSet};

use kenes_core::permissions::{Grant, Level, Role};
use kenes_core::{both_backends, Backend};

use crate::accounts::{grant, signed_up_and_verified_as, PASSWORD};
use crate::filing::{code_in, key_in};
use crate::helpers::{spawn_app, Browser, TestApp};
use crate::mediation::{post, staff, started_with, Started};
use crate::security::{file_with, last_message, snapshot};
use kenes_app::app::FORM_PAGES;

/// The columns, in order.
const RELATIONS: [&str; 17] = [
    "guest",
    "key-guest",
    "author",
    "other-citizen",
    "party",
    "participant",
    "stakeholder",
    "observer",
    "official",
    "other-official",
    "coordinator",
    "other-coordinator",
    "mediator",
    "other-mediator",
    "moderator",
    "administrator",
    "staff-no-2fa",
];

/// What a cell answered, as one letter:
/// `S` shows the object's private text · `y` answers (a page, a file, a stream) ·
/// `d` done (the step was carried out) · `e` refused for another reason than rights
/// (a field, the state), nothing changed · `f` forbidden · `n` not found ·
/// `i` sign in first · `2` two-step sign-in first · other answers by their status code.
type Answer = char;

/// Expected answers: (row, one letter per relation in `RELATIONS` order).
/// A row is `GET path`, `POST path`, or `OP page op` with `{P}`, `{A}`, `{V}`, `{R}` for the
/// objects' tracking codes.
const EXPECTED: &[(&str, &str)] = &[
    // One letter per relation, in `RELATIONS` order: g guest, k key-guest, a author,
    // o other citizen, p party, P participant, s stakeholder, b observer, O official of the
    // body, F official of another body, x coordinator of this centre, X coordinator of
    // another, m assigned mediator, M other mediator, d moderator, A administrator,
    // z staff without a second factor:                             "gkaopPsbOFxXmMdAz"
    // Pages, files, feeds and APIs (GET changes nothing: checked).
    ("GET /", "yyyyyyyyyyyyyyyyy"),
    ("GET /account", "iiyyyyyyyyyyyyyy2"),
    ("GET /account/2fa", "iiyyyyyyyyyyyyyyy"),
    ("GET /account/delete", "yyyyyyyyyyyyyyyyy"),
    ("GET /account/export", "iiyyyyyyyyyyyyyyy"),
    ("GET /account/mail", "iiyyyyyyyyyyyyyyy"),
    ("GET /account/password", "iiyyyyyyyyyyyyyyy"),
    ("GET /account/profile", "iiyyyyyyyyyyyyyyy"),
    ("GET /accountability", "yyyyyyyyyyyyyyyyy"),
    ("GET /accountability.csv", "yyyyyyyyyyyyyyyyy"),
    ("GET /admin/bodies", "iifffffffffffffy2"),
    ("GET /admin/mediators", "iifffffffffffffy2"),
    ("GET /admin/roles", "iifffffffffffffy2"),
    ("GET /api/v1/grievances", "yyyyyyyyyyyyyyyyy"),
    ("GET /api/v1/grievances/{A}", "SSSSSSSSSSSSSSSSS"),
    ("GET /api/v1/grievances/{K}", "nnnnnnnnnnnnnnnnn"),
    ("GET /api/v1/grievances/{P}", "SSSSSSSSSSSSSSSSS"),
    ("GET /api/v1/grievances/{R}", "nnnnnnnnnnnnnnnnn"),
    ("GET /api/v1/grievances/{V}", "nnnnnnnnnnnnnnnnn"),
    ("GET /api/v1/openapi.json", "yyyyyyyyyyyyyyyyy"),
    ("GET /api/v1/accountability", "yyyyyyyyyyyyyyyyy"),
    ("GET /api/v1/outcomes", "yyyyyyyyyyyyyyyyy"),
    ("GET /api/v1/outcomes/1", "nnnnnnnnnnnnnnnnn"),
    ("GET /attachments/1", "nnnnnnnnnnnnnnnnn"),
    ("GET /dashboard", "iiffffffffyyffff2"),
    ("GET /dialogues", "yyyyyyyyyyyyyyyyy"),
    // No dialogue exists in this world: its steps are covered in `dialogues.rs` and core.
    ("GET /dialogues/1", "nnnnnnnnnnnnnnnnn"),
    ("GET /dialogues/1/events", "nnnnnnnnnnnnnnnnn"),
    ("GET /dialogues/1/votes.csv", "nnnnnnnnnnnnnnnnn"),
    ("GET /dialogues/1/votes.json", "nnnnnnnnnnnnnnnnn"),
    ("GET /dialogues/new", "iiffffffffyyyyff2"),
    ("GET /file", "yyyyyyyyyyyyyyyyy"),
    ("GET /file/confirm", "yyyyyyyyyyyyyyyyy"),
    ("GET /commitments/confirm", "yyyyyyyyyyyyyyyyy"),
    ("GET /g/{A}", "SSSSSSSSSSSSSSSSS"),
    ("GET /g/{A}/outcome", "iinnnnnnnnynnnnn2"),
    ("GET /g/{K}", "ySyyyyyySySyyyyy2"),
    ("GET /g/{K}/outcome", "iinnnnnnnnynnnnn2"),
    ("GET /g/{P}", "SSSSSSSSSSSSSSSSS"),
    ("GET /g/{P}/outcome", "iinnnnnnnnynnnnn2"),
    ("GET /g/{R}", "yyyySSyyyyySyyyy2"),
    ("GET /g/{R}/outcome", "iinnnnnnnnnynnnn2"),
    ("GET /g/{V}", "yySyyyyySySyyyyy2"),
    ("GET /g/{V}/outcome", "iinnnnnnnnynnnnn2"),
    ("GET /grievances", "yyyyyyyyyyyyyyyyy"),
    ("GET /grievances.csv", "yyyyyyyyyyyyyyyyy"),
    ("GET /grievances.atom", "yyyyyyyyyyyyyyyyy"),
    ("GET /grievances.json", "yyyyyyyyyyyyyyyyy"),
    ("GET /healthz", "yyyyyyyyyyyyyyyyy"),
    ("GET /lang/en", "yyyyyyyyyyyyyyyyy"),
    ("GET /mediation", "yyyyyyyyyyyyyyyyy"),
    ("GET /mediator", "iiffffffffffyyff2"),
    ("GET /mediators", "yyyyyyyyyyyyyyyyy"),
    ("GET /mediators/1", "nnnnnnnnnnnnnnnnn"),
    ("GET /moderation", "iifffyffyyyyyyyy2"),
    ("GET /my", "iiyyyyyyyyyyyyyyy"),
    ("GET /open311/discovery.json", "yyyyyyyyyyyyyyyyy"),
    ("GET /open311/v2/requests.json", "yyyyyyyyyyyyyyyyy"),
    ("GET /open311/v2/requests/{A}", "SSSSSSSSSSSSSSSSS"),
    ("GET /open311/v2/requests/{K}", "nnnnnnnnnnnnnnnnn"),
    ("GET /open311/v2/requests/{P}", "SSSSSSSSSSSSSSSSS"),
    ("GET /open311/v2/requests/{R}", "nnnnnnnnnnnnnnnnn"),
    ("GET /open311/v2/requests/{V}", "nnnnnnnnnnnnnnnnn"),
    ("GET /open311/v2/services.json", "yyyyyyyyyyyyyyyyy"),
    ("GET /open311/v2/services/utilities", "yyyyyyyyyyyyyyyyy"),
    ("GET /outcomes", "yyyyyyyyyyyyyyyyy"),
    ("GET /outcomes.atom", "yyyyyyyyyyyyyyyyy"),
    ("GET /outcomes.csv", "yyyyyyyyyyyyyyyyy"),
    ("GET /outcomes.json", "yyyyyyyyyyyyyyyyy"),
    ("GET /outcomes/1", "nnnnnnnnnnnnnnnnn"),
    ("GET /queue", "iifffyffyyyyyyff2"),
    ("GET /readyz", "yyyyyyyyyyyyyyyyy"),
    ("GET /reset", "yyyyyyyyyyyyyyyyy"),
    ("GET /reset/confirm", "yyyyyyyyyyyyyyyyy"),
    ("GET /room/{R}", "nnnnSSSnnnnnSnSnn"),
    ("GET /room/{R}/events", "nnnnyyynnnnnynynn"),
    ("GET /signin", "yyyyyyyyyyyyyyyyy"),
    ("GET /signin/2fa", "yyyyyyyyyyyyyyyyy"),
    ("GET /signup", "yyyyyyyyyyyyyyyyy"),
    ("GET /track", "yyyyyyyyyyyyyyyyy"),
    ("GET /verify", "yyyyyyyyyyyyyyyyy"),
    // Every op each form page declares, sent with no fields but its name.
    ("OP /admin/bodies body", "iifffffffffffffe2"),
    ("OP /admin/bodies rule", "iifffffffffffffe2"),
    ("OP /admin/mediators certify", "iifffffffffffffe2"),
    ("OP /admin/roles grant", "iifffffffffffffe2"),
    ("OP /dashboard acknowledged", "iiffffffffffffff2"),
    // Steps that end things, last.
    ("OP /dashboard closed", "iiffffffffffffff2"),
    // Every op each form page declares, sent with no fields but its name.
    ("OP /dashboard sweep", "iiffffffffeeffff2"),
    ("OP /dialogues/1 approve", "nnnnnnnnnnnnnnnnn"),
    ("OP /dialogues/1 answer", "nnnnnnnnnnnnnnnnn"),
    ("OP /dialogues/1 publish", "nnnnnnnnnnnnnnnnn"),
    ("OP /dialogues/1 edit", "nnnnnnnnnnnnnnnnn"),
    ("OP /dialogues/1 hide", "nnnnnnnnnnnnnnnnn"),
    ("OP /dialogues/1 hide-statement", "nnnnnnnnnnnnnnnnn"),
    ("OP /dialogues/1 lock", "nnnnnnnnnnnnnnnnn"),
    ("OP /dialogues/1 mute", "nnnnnnnnnnnnnnnnn"),
    ("OP /dialogues/1 post", "nnnnnnnnnnnnnnnnn"),
    ("OP /dialogues/1 report", "nnnnnnnnnnnnnnnnn"),
    ("OP /dialogues/1 slow", "nnnnnnnnnnnnnnnnn"),
    ("OP /dialogues/1 unlock", "nnnnnnnnnnnnnnnnn"),
    ("OP /dialogues/1 label", "nnnnnnnnnnnnnnnnn"),
    ("OP /dialogues/1 join", "nnnnnnnnnnnnnnnnn"),
    ("OP /dialogues/1 seed", "nnnnnnnnnnnnnnnnn"),
    ("OP /dialogues/1 show-statement", "nnnnnnnnnnnnnnnnn"),
    ("OP /dialogues/1 vote", "nnnnnnnnnnnnnnnnn"),
    ("OP /dialogues/1 write", "nnnnnnnnnnnnnnnnn"),
    // An empty territory is the whole country: only national coordinators convene there.
    ("OP /dialogues/new open", "iiffffffffffefff2"),
    // No grievance here has an agreement with commitments: every report is refused.
    ("OP /g/{A} c-confirm", "fffffffffffffffff"),
    ("OP /g/{A} c-report", "fffffffffffffffff"),
    ("OP /g/{K} c-confirm", "fffffffffffffffff"),
    ("OP /g/{K} c-report", "fffffffffffffffff"),
    ("OP /g/{P} c-confirm", "fffffffffffffffff"),
    ("OP /g/{P} c-report", "fffffffffffffffff"),
    ("OP /g/{R} c-confirm", "fffffffffffffffff"),
    ("OP /g/{R} c-report", "fffffffffffffffff"),
    ("OP /g/{V} c-confirm", "fffffffffffffffff"),
    ("OP /g/{V} c-report", "fffffffffffffffff"),
    // Feedback before a mediation ended: the parties hear why (a field error), others no.
    ("OP /g/{A} m-feedback", "ffefffffeffffffff"),
    ("OP /g/{K} m-feedback", "feffffffeffffffff"),
    ("OP /g/{P} m-feedback", "ffefffffeffffffff"),
    ("OP /g/{R} m-feedback", "ffffeefffffffffff"),
    ("OP /g/{V} m-feedback", "ffefffffeffffffff"),
    ("OP /g/{A} accept", "ffffffffdffffffff"),
    ("OP /g/{A} answer", "ffffffffeffffffff"),
    ("OP /g/{A} attach", "ffeffffffffffffff"),
    ("OP /g/{A} dismiss-reports", "fffffffffffffffff"),
    ("OP /g/{A} escalate", "ffffffffffeffffff"),
    ("OP /g/{A} extend", "ffffffffeffffffff"),
    ("OP /g/{A} hide", "ffeffffffffffffff"),
    ("OP /g/{A} link", "ffffffffefeffffff"),
    ("OP /g/{A} m-confirm", "fffffffffffffffff"),
    ("OP /g/{A} m-consent", "fffffffffffffffff"),
    ("OP /g/{A} m-decline", "fffffffffffffffff"),
    ("OP /g/{A} m-object", "fffffffffffffffff"),
    ("OP /g/{A} m-observers", "fffffffffffffffff"),
    ("OP /g/{A} m-propose", "fffffffffffffffff"),
    ("OP /g/{A} m-request", "ffefffffefeffffff"),
    ("OP /g/{A} rate", "ffeffffffffffffff"),
    ("OP /g/{A} redirect", "ffffffffefeffffff"),
    ("OP /g/{A} reject", "ffffffffeffffffff"),
    ("OP /g/{A} reopen", "ffeffffffffffffff"),
    ("OP /g/{A} report", "fffeeeeeeeeeeeee2"),
    ("OP /g/{A} support", "ffedddddddddddddd"),
    ("OP /g/{A} unsupport", "ffedddddddddddddd"),
    ("OP /g/{A}/outcome correct", "iinnnnnnnnfnnnnn2"),
    ("OP /g/{A}/outcome publish", "iinnnnnnnnennnnn2"),
    ("OP /g/{K} accept", "ffffffffdffffffff"),
    ("OP /g/{K} answer", "ffffffffeffffffff"),
    ("OP /g/{K} attach", "fefffffffffffffff"),
    ("OP /g/{K} dismiss-reports", "fffffffffffffffff"),
    ("OP /g/{K} escalate", "ffffffffffeffffff"),
    ("OP /g/{K} extend", "ffffffffeffffffff"),
    ("OP /g/{K} hide", "fffffffffffffffff"),
    ("OP /g/{K} link", "ffffffffefeffffff"),
    ("OP /g/{K} m-confirm", "fffffffffffffffff"),
    ("OP /g/{K} m-consent", "fffffffffffffffff"),
    ("OP /g/{K} m-decline", "fffffffffffffffff"),
    ("OP /g/{K} m-object", "fffffffffffffffff"),
    ("OP /g/{K} m-observers", "fffffffffffffffff"),
    ("OP /g/{K} m-propose", "fffffffffffffffff"),
    ("OP /g/{K} m-request", "feffffffefeffffff"),
    ("OP /g/{K} rate", "fefffffffffffffff"),
    ("OP /g/{K} redirect", "ffffffffefeffffff"),
    ("OP /g/{K} reject", "ffffffffeffffffff"),
    ("OP /g/{K} reopen", "fefffffffffffffff"),
    ("OP /g/{K} report", "fffffffffffffffff"),
    ("OP /g/{K} support", "fffffffffffffffff"),
    ("OP /g/{K} unsupport", "fffffffffffffffff"),
    ("OP /g/{K}/outcome correct", "iinnnnnnnnfnnnnn2"),
    ("OP /g/{K}/outcome publish", "iinnnnnnnnennnnn2"),
    ("OP /g/{P} accept", "ffffffffdffffffff"),
    ("OP /g/{P} answer", "ffffffffeffffffff"),
    ("OP /g/{P} attach", "ffeffffffffffffff"),
    ("OP /g/{P} dismiss-reports", "fffffffffffffffff"),
    ("OP /g/{P} escalate", "ffffffffffeffffff"),
    ("OP /g/{P} extend", "ffffffffeffffffff"),
    ("OP /g/{P} hide", "ffeffffffffffffff"),
    ("OP /g/{P} link", "ffffffffefeffffff"),
    ("OP /g/{P} m-confirm", "fffffffffffffffff"),
    ("OP /g/{P} m-consent", "fffffffffffffffff"),
    ("OP /g/{P} m-decline", "fffffffffffffffff"),
    ("OP /g/{P} m-object", "fffffffffffffffff"),
    ("OP /g/{P} m-observers", "fffffffffffffffff"),
    ("OP /g/{P} m-propose", "fffffffffffffffff"),
    ("OP /g/{P} m-request", "ffefffffefeffffff"),
    ("OP /g/{P} rate", "ffeffffffffffffff"),
    ("OP /g/{P} redirect", "ffffffffefeffffff"),
    ("OP /g/{P} reject", "ffffffffeffffffff"),
    ("OP /g/{P} reopen", "ffeffffffffffffff"),
    ("OP /g/{P} report", "fffeeeeeeeeeeeee2"),
    ("OP /g/{P} support", "ffedddddddddddddd"),
    ("OP /g/{P} unsupport", "ffedddddddddddddd"),
    ("OP /g/{P}/outcome correct", "iinnnnnnnnfnnnnn2"),
    ("OP /g/{P}/outcome publish", "iinnnnnnnnennnnn2"),
    ("OP /g/{R} accept", "fffffefffffffffff"),
    ("OP /g/{R} answer", "fffffefffffffffff"),
    ("OP /g/{R} attach", "ffffeffffffffffff"),
    ("OP /g/{R} dismiss-reports", "ffffffffffffffeff"),
    ("OP /g/{R} escalate", "fffffffffffefffff"),
    ("OP /g/{R} extend", "fffffefffffffffff"),
    ("OP /g/{R} hide", "fffffffffffffffff"),
    ("OP /g/{R} link", "fffffefffffefffff"),
    ("OP /g/{R} m-confirm", "ffffffffffffeffff"),
    ("OP /g/{R} m-consent", "ffffeefffffffffff"),
    ("OP /g/{R} m-decline", "ffffeefffffffffff"),
    ("OP /g/{R} m-object", "ffffeefffffffffff"),
    ("OP /g/{R} m-observers", "ffffddfffffffffff"),
    ("OP /g/{R} m-propose", "fffffffffffefffff"),
    ("OP /g/{R} m-request", "ffffeefffffefffff"),
    ("OP /g/{R} rate", "ffffeffffffffffff"),
    ("OP /g/{R} redirect", "fffffefffffefffff"),
    ("OP /g/{R} reject", "fffffefffffffffff"),
    ("OP /g/{R} reopen", "ffffeffffffffffff"),
    ("OP /g/{R} report", "fffffffffffffffff"),
    ("OP /g/{R} support", "fffffffffffffffff"),
    ("OP /g/{R} unsupport", "fffffffffffffffff"),
    ("OP /g/{R}/outcome correct", "iinnnnnnnnnfnnnn2"),
    ("OP /g/{R}/outcome publish", "iinnnnnnnnnennnn2"),
    ("OP /g/{V} accept", "ffffffffdffffffff"),
    ("OP /g/{V} answer", "ffffffffeffffffff"),
    ("OP /g/{V} attach", "ffeffffffffffffff"),
    ("OP /g/{V} dismiss-reports", "fffffffffffffffff"),
    ("OP /g/{V} escalate", "ffffffffffeffffff"),
    ("OP /g/{V} extend", "ffffffffeffffffff"),
    ("OP /g/{V} hide", "fffffffffffffffff"),
    ("OP /g/{V} link", "ffffffffefeffffff"),
    ("OP /g/{V} m-confirm", "fffffffffffffffff"),
    ("OP /g/{V} m-consent", "fffffffffffffffff"),
    ("OP /g/{V} m-decline", "fffffffffffffffff"),
    ("OP /g/{V} m-object", "fffffffffffffffff"),
    ("OP /g/{V} m-observers", "fffffffffffffffff"),
    ("OP /g/{V} m-propose", "fffffffffffffffff"),
    ("OP /g/{V} m-request", "ffefffffefeffffff"),
    ("OP /g/{V} rate", "ffeffffffffffffff"),
    ("OP /g/{V} redirect", "ffffffffefeffffff"),
    ("OP /g/{V} reject", "ffffffffeffffffff"),
    ("OP /g/{V} reopen", "ffeffffffffffffff"),
    ("OP /g/{V} report", "fffffffffffffffff"),
    ("OP /g/{V} support", "fffffffffffffffff"),
    ("OP /g/{V} unsupport", "fffffffffffffffff"),
    ("OP /g/{V}/outcome correct", "iinnnnnnnnfnnnnn2"),
    ("OP /g/{V}/outcome publish", "iinnnnnnnnennnnn2"),
    ("OP /mediator profile", "iiffffffffffeeff2"),
    ("OP /mediator tie", "iiffffffffffeeff2"),
    ("OP /moderation dismiss", "iiffffffffffefef2"),
    ("OP /moderation hide", "iiffffffffffefef2"),
    ("OP /room/{R} draft", "nnnnfffnnnnnenfnn"),
    ("OP /room/{R} edit", "nnnnfffnnnnnfnfnn"),
    ("OP /room/{R} hide", "nnnnfffnnnnnenenn"),
    ("OP /room/{R} interests", "nnnnfffnnnnnenfnn"),
    ("OP /room/{R} invite", "nnnnfffnnnnnenfnn"),
    ("OP /room/{R} lock", "nnnnfffnnnnnenenn"),
    ("OP /room/{R} mute", "nnnnfffnnnnnenenn"),
    ("OP /room/{R} post", "nnnneeennnnnenenn"),
    ("OP /room/{R} propose", "nnnneeennnnnenenn"),
    ("OP /room/{R} report", "nnnneeennnnnenenn"),
    ("OP /room/{R} respond", "nnnneefnnnnnfnfnn"),
    ("OP /room/{R} rules", "nnnndddnnnnndndnn"),
    ("OP /room/{R} schedule", "nnnnfffnnnnnenfnn"),
    ("OP /room/{R} slow", "nnnnfffnnnnnenenn"),
    ("OP /room/{R} uninvite", "nnnnfffnnnnnfnfnn"),
    ("OP /room/{R} unlock", "nnnnfffnnnnnenenn"),
    ("OP /room/{R} vote", "nnnneeennnnnenenn"),
    // The room again, once both parties open it to observers: read-only for everyone else.
    ("GET /room/{R} · open to observers", "SSSSSSSSSSSSSSSSS"),
    (
        "GET /room/{R}/events · open to observers",
        "yyyyyyyyyyyyyyyyy",
    ),
    (
        "OP /room/{R} draft · open to observers",
        "ffffffffffffeffff",
    ),
    ("OP /room/{R} edit · open to observers", "fffffffffffffffff"),
    ("OP /room/{R} hide · open to observers", "ffffffffffffefeff"),
    (
        "OP /room/{R} interests · open to observers",
        "ffffffffffffeffff",
    ),
    (
        "OP /room/{R} invite · open to observers",
        "ffffffffffffeffff",
    ),
    ("OP /room/{R} lock · open to observers", "ffffffffffffefeff"),
    ("OP /room/{R} mute · open to observers", "ffffffffffffefeff"),
    ("OP /room/{R} post · open to observers", "ffffeeefffffefeff"),
    (
        "OP /room/{R} propose · open to observers",
        "ffffeeefffffefeff",
    ),
    (
        "OP /room/{R} report · open to observers",
        "ffffeeefffffefeff",
    ),
    (
        "OP /room/{R} respond · open to observers",
        "ffffeefffffffffff",
    ),
    (
        "OP /room/{R} rules · open to observers",
        "ffffdddfffffdfdff",
    ),
    (
        "OP /room/{R} schedule · open to observers",
        "ffffffffffffeffff",
    ),
    ("OP /room/{R} slow · open to observers", "ffffffffffffefeff"),
    (
        "OP /room/{R} uninvite · open to observers",
        "fffffffffffffffff",
    ),
    (
        "OP /room/{R} unlock · open to observers",
        "ffffffffffffefeff",
    ),
    ("OP /room/{R} vote · open to observers", "ffffeeefffffefeff"),
    // Steps that end things, last.
    ("OP /admin/bodies delete", "iifffffffffffffe2"),
    ("OP /admin/roles revoke", "iifffffffffffffe2"),
    ("OP /g/{A} close", "ffeffffffffffffff"),
    // Withdrawing needs a reason and a confirmation: the bare op comes back to the author
    // with its errors (`e`); everyone else is refused.
    ("OP /g/{A} withdraw", "ffeffffffffffffff"),
    ("OP /g/{A}/outcome withdraw", "iinnnnnnnnfnnnnn2"),
    ("OP /g/{K} close", "fefffffffffffffff"),
    ("OP /g/{K} withdraw", "fefffffffffffffff"),
    ("OP /g/{K}/outcome withdraw", "iinnnnnnnnfnnnnn2"),
    ("OP /g/{P} close", "ffeffffffffffffff"),
    ("OP /g/{P} withdraw", "ffeffffffffffffff"),
    ("OP /g/{P}/outcome withdraw", "iinnnnnnnnfnnnnn2"),
    ("OP /g/{R} close", "ffffeffffffffffff"),
    ("OP /g/{R} withdraw", "ffffeffffffffffff"),
    ("OP /g/{R}/outcome withdraw", "iinnnnnnnnnfnnnn2"),
    ("OP /g/{V} close", "ffeffffffffffffff"),
    ("OP /g/{V} withdraw", "ffeffffffffffffff"),
    ("OP /g/{V}/outcome withdraw", "iinnnnnnnnfnnnnn2"),
    ("OP /room/{R} cancel-session", "ffffffffffffeffff"),
    ("OP /room/{R} end", "ffffffffffffeffff"),
    // Posted routes: sign-outs last.
    ("POST /lang/en", "ddddddddddddddddd"),
    ("POST /open311/v2/requests.json", "fffffffffffffffff"),
    ("POST /signout", "ddddddddddddddddd"),
    ("POST /signout-all", "ddddddddddddddddd"),
];

struct World<'a> {
    people: Vec<Browser<'a>>,
    /// The guest's secret key, sent with every request of `key-guest`.
    guest_key: String,
    codes: BTreeMap<char, String>,
    /// Private words of each grievance: shown means `S`.
    secrets: BTreeMap<char, String>,
    /// The page the last GET answered with.
    last_page: String,
}

async fn citizen<'a>(app: &'a TestApp, email: &str, name: &str) -> Browser<'a> {
    let mut b = signed_up_and_verified_as(app, email, name).await;
    b.post("/signin", &[("email", email), ("password", PASSWORD)])
        .await;
    b
}

/// A guest files a private grievance and confirms it by mail; returns its code and secret key.
async fn guest_grievance(app: &TestApp) -> (String, String) {
    let mut guest = app.browser();
    let key = key_in(&guest.get_page("/file").await);
    guest
        .post_page(
            "/file",
            &[
                ("idempotency_key", key.as_str()),
                ("email", "guest@example.kz"),
                ("appeal_kind", "complaint"),
                ("category", "utilities"),
                ("kato", "1510"),
                ("title", "Guest grievance"),
                ("body", GUEST_TEXT),
                ("lang", "en"),
                ("privacy", "private"),
            ],
        )
        .await;
    let mail = app.wait_for_mail("guest@example.kz", 1).await;
    let token = mail
        .link("/file/confirm?token=")
        .split("token=")
        .nth(1)
        .unwrap()
        .to_owned();
    let page = guest.post_page("/file/confirm", &[("token", &token)]).await;
    let code = code_in(&page);
    let key = page
        .split(&format!("/g/{code}?key="))
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    (code, key)
}

/// Written into every text field the world fills: titles, texts, a name, a room message, a
/// report's reason, a proposal, interests, a mediator's bio. Every page must show it as text.
const PAYLOAD: &str = "</title></textarea>\"><svg onload=alert(1)><meta http-equiv=\"refresh\" \
     content=\"0;url=//evil.example/\"><a href=\"javascript:alert(2)\">x</a> \u{202E}txt.exe \
     Ааааааааааааааааааааааааааааааааааааааааа";
/// Names are short.
const NAME_PAYLOAD: &str = "\"><svg onload=alert(3)></title>\u{202E}";
const ROOM_WORDS: &str = "ROOM-WORDS of the party";
const GUEST_TEXT: &str = "Filed by a guest who keeps the secret link.";
/// The text of R, filed by `crate::mediation::started_with`.
const ROOM_GRIEVANCE_TEXT: &str = "No hot water in building 5 for two weeks.";

async fn world(app: &TestApp) -> World<'_> {
    let Started {
        room,
        citizen: mut party,
        official: mut participant,
        mediator,
        coordinator: other_coordinator,
        admin: administrator,
    } = started_with(app, "private").await;
    let r = room.trim_start_matches("/room/").to_owned();
    let mut mediator = mediator;
    for b in [&mut party, &mut participant, &mut mediator] {
        post(b, &room, &[("op", "rules")]).await;
    }
    let words = format!("{ROOM_WORDS} {PAYLOAD}");
    let message = [("op", "post"), ("body", words.as_str()), ("lang", "en")];
    post(&mut party, &room, &message).await;
    let id = last_message(app).await;
    let report = [
        ("op", "report"),
        ("message", id.as_str()),
        ("reason", PAYLOAD),
    ];
    post(&mut participant, &room, &report).await;
    post(
        &mut party,
        &room,
        &[("op", "propose"), ("proposal", PAYLOAD)],
    )
    .await;
    let interests = [
        ("op", "interests"),
        ("party", "citizen"),
        ("summary", PAYLOAD),
    ];
    post(&mut mediator, &room, &interests).await;
    let profile = [
        ("op", "profile"),
        ("bio", PAYLOAD),
        ("languages", "en"),
        ("available", "yes"),
    ];
    post(&mut mediator, "/mediator", &profile).await;
    let mut stakeholder = citizen(app, "aksakal@example.kz", "Berik aga").await;
    let invite = [
        ("op", "invite"),
        ("email", "aksakal@example.kz"),
        ("kind", "aksakal"),
    ];
    post(&mut mediator, &room, &invite).await;
    post(&mut stakeholder, &room, &[("op", "rules")]).await;

    let mut author = citizen(app, "author@example.kz", NAME_PAYLOAD).await;
    let mut codes = BTreeMap::new();
    let mut secrets = BTreeMap::new();
    for (object, privacy) in [('P', "public"), ('A', "public_anonymous"), ('V', "private")] {
        let secret = format!("TEXT-{object} water through the ceiling");
        let title = format!("Roof {object} {PAYLOAD}");
        let body = format!("{secret} {PAYLOAD}");
        let code = file_with(&mut author, "1510", &title, &body, privacy).await;
        codes.insert(object, code);
        secrets.insert(object, secret);
    }
    codes.insert('R', r);
    secrets.insert('R', ROOM_GRIEVANCE_TEXT.to_owned());
    let (guest_code, guest_key) = guest_grievance(app).await;
    codes.insert('K', guest_code);
    secrets.insert('K', GUEST_TEXT.to_owned());
    let other_citizen = citizen(app, "other@example.kz", "Other").await;
    let observer = citizen(app, "observer@example.kz", "Observer").await;
    let official = staff(
        app,
        "akim1510@example.kz",
        Grant::new(Role::Official).body("akimat-1510"),
    )
    .await;
    let other_official = staff(
        app,
        "akim1534@example.kz",
        Grant::new(Role::Official).body("akimat-1534"),
    )
    .await;
    let coordinator = staff(
        app,
        "centre1510@example.kz",
        Grant::new(Role::Coordinator)
            .level(Level::Local)
            .kato("1510"),
    )
    .await;
    let other_mediator = staff(
        app,
        "mediator15@example.kz",
        Grant::new(Role::Mediator).kato("15"),
    )
    .await;
    let moderator = staff(
        app,
        "moderator11@example.kz",
        Grant::new(Role::Moderator).kato("11"),
    )
    .await;
    let mut no_2fa = citizen(app, "akim-new@example.kz", "New official").await;
    grant(
        app,
        "akim-new@example.kz",
        Grant::new(Role::Official).body("akimat-1510"),
    )
    .await;
    no_2fa
        .post(
            "/signin",
            &[("email", "akim-new@example.kz"), ("password", PASSWORD)],
        )
        .await;
    let people = vec![
        app.browser(),
        app.browser(),
        author,
        other_citizen,
        party,
        participant,
        stakeholder,
        observer,
        official,
        other_official,
        coordinator,
        other_coordinator,
        mediator,
        other_mediator,
        moderator,
        administrator,
        no_2fa,
    ];
    World {
        people,
        guest_key,
        codes,
        secrets,
        last_page: String::new(),
    }
}

/// The grievances: public, public with a hidden author, private, the guest's (private), and
/// the one whose mediation has the room.
const GRIEVANCES: [char; 5] = ['P', 'A', 'V', 'K', 'R'];

/// The objects a path is tried on, and the path for each (`{P}` in the row's name).
fn instances(path: &str) -> Vec<(String, Option<char>)> {
    let path = path
        .replace(":code", "{code}")
        .replace(":id", "{id}")
        .replace("{format:json|xml}", "json")
        .replace("{tail:.*}", "kenes.css");
    let fixed = path
        .replace("/lang/{code}", "/lang/en")
        .replace("/services/{code}", "/services/utilities")
        .replace("{id}", "1");
    if fixed.contains("/room/{code}") {
        return vec![(fixed.replace("{code}", "{R}"), Some('R'))];
    }
    if fixed.contains("{code}") {
        return GRIEVANCES
            .into_iter()
            .map(|o| (fixed.replace("{code}", &format!("{{{o}}}")), Some(o)))
            .collect();
    }
    if fixed.ends_with("/requests/1") {
        return GRIEVANCES
            .into_iter()
            .map(|o| (fixed.replace("/1", &format!("/{{{o}}}")), Some(o)))
            .collect();
    }
    vec![(fixed, None)]
}

/// Every row the route tables and the page list call for, in a stable order.
fn route_rows() -> Vec<(String, Option<char>)> {
    let mut rows = BTreeMap::new();
    for path in kenes_server::startup::page_paths() {
        for (p, o) in instances(&path) {
            rows.insert(format!("GET {p}"), o);
        }
    }
    for (method, path) in kenes_server::routes::all() {
        for (p, o) in instances(path) {
            rows.insert(format!("{} {p}", method.to_uppercase()), o);
        }
    }
    rows.into_iter().collect()
}

impl World<'_> {
    fn concrete(&self, path: &str) -> String {
        let mut p = path.to_owned();
        for (o, code) in &self.codes {
            p = p.replace(&format!("{{{o}}}"), code);
        }
        p
    }

    async fn get(&mut self, who: usize, path: &str, object: Option<char>) -> Answer {
        let mut path = self.concrete(path);
        if RELATIONS[who] == "key-guest" {
            let sep = if path.contains('?') { '&' } else { '?' };
            path = format!("{path}{sep}key={}", self.guest_key);
        }
        let res = self.people[who].get(&path).await;
        let status = res.status().as_u16();
        let location = res
            .headers()
            .get("location")
            .map(|l| l.to_str().unwrap().to_owned());
        let kind = res
            .headers()
            .get("content-type")
            .map(|c| c.to_str().unwrap().to_owned())
            .unwrap_or_default();
        match status {
            200 if kind.starts_with("text/event-stream") => 'y',
            200 => {
                let body = res.text().await.unwrap();
                let secret_in = |text: &str| body.contains(text);
                if !kind.starts_with("text/html") {
                    // Files and feeds: private text must not be in them either.
                    return match object {
                        Some(o) if secret_in(&self.secrets[&o]) => 'S',
                        _ => 'y',
                    };
                }
                self.last_page = body;
                // In the room, its words are what must not leak.
                let secret = match object {
                    Some('R') if path.starts_with("/room/") => Some(ROOM_WORDS.to_owned()),
                    Some(o) => Some(self.secrets[&o].clone()),
                    None => None,
                };
                classify_page(&self.last_page, secret.as_deref(), 'y')
            }
            301..=308 if location.is_some_and(|l| l.starts_with("/signin")) => 'i',
            301..=308 => 'y',
            other => by_status(other),
        }
    }

    async fn post(&mut self, who: usize, path: &str, fields: &[(&str, &str)]) -> Answer {
        let path = self.concrete(path);
        let mut form: Vec<(&str, &str)> = fields.to_vec();
        let key = self.guest_key.clone();
        if RELATIONS[who] == "key-guest" {
            form.push(("key", &key));
        }
        let res = self.people[who].post(&path, &form).await;
        let status = res.status().as_u16();
        let location = res
            .headers()
            .get("location")
            .map(|l| l.to_str().unwrap().to_owned());
        match status {
            200 => classify_page(&res.text().await.unwrap(), None, 'e'),
            301..=308 if location.is_some_and(|l| l.starts_with("/signin")) => 'i',
            301..=308 => 'd',
            other => by_status(other),
        }
    }
}

/// A page's answer: private text shown wins over everything else, since it must never be.
fn classify_page(body: &str, secret: Option<&str>, otherwise: Answer) -> Answer {
    let has = |text: &str| body.contains(text);
    if secret.is_some_and(has) {
        'S'
    } else if has("You do not have the right to do this.")
        || has("The dashboard is for coordinators of a mediation centre.")
    {
        'f'
    } else if has("set up two-step sign-in before you can use it") {
        '2'
    } else if has("There is no room here, or it is not open to you.") {
        'n'
    } else {
        otherwise
    }
}

/// Whether an answer refused the reader for who they are (some pages answer a step done
/// with 200 and a notice, so `e` may have changed things).
fn refused(a: Answer) -> bool {
    matches!(a, 'f' | 'n' | 'i' | '2' | 'b' | 'm' | '!')
}

fn by_status(status: u16) -> Answer {
    match status {
        400 => 'b',
        401 => 'i',
        403 => 'f',
        404 => 'n',
        405 => 'm',
        _ => '!',
    }
}

/// `(page, op)` of every `op` a form of `page` posts (hidden fields and buttons).
fn ops_in(path: &str, body: &str) -> Vec<(String, String)> {
    let doc = scraper::Html::parse_document(body);
    let fields = scraper::Selector::parse(r#"form [name="op"]"#).unwrap();
    doc.select(&fields)
        .filter_map(|el| el.value().attr("value"))
        .map(|op| (path.to_owned(), op.to_owned()))
        .collect()
}

/// Every op each form page declares, by the page's path: the rows of the op matrix.
fn op_rows() -> Vec<(String, &'static str)> {
    use kenes_app::components::discussion;
    use kenes_app::pages::dialogues::{dialogue, open};
    use kenes_app::pages::{
        accounts::admin, accounts::admin_bodies, grievances::grievance,
        mediation::commitments_panel, mediation::deliberation_panel, mediation::mediation_panel,
        mediation::mediators, mediation::moderation, mediation::room, mediation::room_people,
        outcomes::outcome_editor, oversight::dashboard,
    };
    let mut rows = Vec::new();
    for o in GRIEVANCES {
        for op in grievance::OPS
            .iter()
            .chain(mediation_panel::OPS)
            .chain(commitments_panel::OPS)
        {
            rows.push((format!("/g/{{{o}}}"), *op));
        }
        for op in outcome_editor::OPS {
            rows.push((format!("/g/{{{o}}}/outcome"), *op));
        }
    }
    for op in room::OPS
        .iter()
        .chain(discussion::OPS)
        .chain(deliberation_panel::OPS)
        .chain(room_people::OPS)
    {
        rows.push(("/room/{R}".to_owned(), *op));
    }
    for (path, ops) in [
        ("/moderation", moderation::OPS),
        ("/dashboard", dashboard::OPS),
        ("/admin/roles", admin::OPS),
        ("/admin/bodies", admin_bodies::OPS),
        ("/admin/mediators", mediators::ADMIN_OPS),
        ("/mediator", mediators::OPS),
        ("/dialogues/new", open::OPS),
        ("/dialogues/1", dialogue::OPS),
        ("/dialogues/1", discussion::OPS),
    ] {
        rows.extend(ops.iter().map(|op| (path.to_owned(), *op)));
    }
    // Steps that end a grievance or a room go last, so that every other cell meets it open.
    rows.sort_by_key(|(path, op)| (LAST_OPS.contains(op), path.clone(), *op));
    rows
}

/// Form pages where people act on their own account only: signing up and in, their
/// profile, password, mail and second factor, filing — or by a mailed link's token alone
/// (confirming a guest's filing, a commitment). Every other form page has op rows.
const OWN_ACCOUNT_FORMS: &[&str] = &[
    "/signup",
    "/signin",
    "/signin/2fa",
    "/verify",
    "/reset",
    "/reset/confirm",
    "/account/2fa",
    "/account/delete",
    "/account/profile",
    "/account/password",
    "/account/mail",
    "/file",
    "/file/confirm",
    "/commitments/confirm",
];

/// Ops that end a grievance or a room, or take away the rights the other cells use.
const LAST_OPS: &[&str] = &[
    "withdraw",
    "close",
    "end",
    "cancel-session",
    "revoke",
    "delete",
];

/// Tries one op by every relation; returns the row's answers. A refused cell must leave
/// every table as it was.
async fn op_row(w: &mut World<'_>, app: &TestApp, path: &str, op: &str) -> String {
    let mut answers = String::new();
    for (who, relation) in RELATIONS.iter().enumerate() {
        let before = snapshot(app).await;
        let a = w.post(who, path, &[("op", op)]).await;
        if refused(a) {
            assert_eq!(
                snapshot(app).await,
                before,
                "OP {path} {op} by {relation}: refused ({a}), yet something changed"
            );
        }
        answers.push(a);
    }
    answers
}

/// Tries one GET by every relation, checking that no page lets user text become markup.
async fn get_row(
    w: &mut World<'_>,
    row: &str,
    object: Option<char>,
    ops: &mut BTreeSet<(String, String)>,
) -> String {
    let mut answers = String::new();
    for (who, relation) in RELATIONS.iter().enumerate() {
        w.last_page.clear();
        answers.push(w.get(who, &row[4..], object).await);
        if !w.last_page.is_empty() {
            crate::security::assert_no_markup_from_users(&w.last_page, row);
            crate::security::assert_has_title(&w.last_page, &format!("{row} by {relation}"));
            let path = row[4..].split('?').next().unwrap();
            ops.extend(ops_in(path, &w.last_page));
        }
    }
    answers
}

/// Every mail the world caused (the texts in it carry the payloads) is plain text, with
/// headers of our own only: user text can neither become markup nor add a header.
fn assert_mails_are_plain_text(app: &TestApp) {
    let mut checked = 0;
    for entry in std::fs::read_dir(&app.mail_dir).unwrap() {
        let raw = std::fs::read(entry.unwrap().path()).unwrap();
        let mail = mail_parser::MessageParser::default().parse(&raw).unwrap();
        use mail_parser::MimeHeaders as _;
        assert!(mail.is_content_type("text", "plain"));
        assert!(mail.header("Bcc").is_none() && mail.header("Refresh").is_none());
        let subject = mail.subject().unwrap();
        assert!(!subject.chars().any(char::is_control), "{subject:?}");
        checked += 1;
    }
    assert!(checked > 10, "the world sends mails: {checked}");
}

async fn the_matrix(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut w = world(&app).await;
    let mut actual: Vec<(String, String)> = Vec::new();
    let mut rendered: BTreeSet<(String, String)> = BTreeSet::new();
    let rows = route_rows();

    // Pages and routes, then every op, with the room closed to observers.
    for (row, object) in rows.iter().filter(|(r, _)| r.starts_with("GET ")) {
        let before = snapshot(&app).await;
        let answers = get_row(&mut w, row, *object, &mut rendered).await;
        assert_eq!(
            snapshot(&app).await,
            before,
            "{row}: a GET changed something"
        );
        actual.push((row.clone(), answers));
    }
    let ops = op_rows();
    let (ending, ongoing): (Vec<_>, Vec<_>) = ops.iter().partition(|(_, op)| LAST_OPS.contains(op));
    for (path, op) in &ongoing {
        let answers = op_row(&mut w, &app, path, op).await;
        actual.push((format!("OP {path} {op}"), answers));
    }

    // Both parties open the room to observers: the room's rows again.
    for who in [4, 5] {
        let g = w.concrete("/g/{R}");
        w.people[who]
            .post(&g, &[("op", "m-observers"), ("allow", "yes")])
            .await;
    }
    const OPEN: &str = " · open to observers";
    for (row, object) in rows.iter().filter(|(r, _)| r.starts_with("GET /room/")) {
        let answers = get_row(&mut w, row, *object, &mut rendered).await;
        actual.push((format!("{row}{OPEN}"), answers));
    }
    for (path, op) in ongoing.iter().filter(|(p, _)| p.starts_with("/room/")) {
        let answers = op_row(&mut w, &app, path, op).await;
        actual.push((format!("OP {path} {op}{OPEN}"), answers));
    }
    for (path, op) in &ending {
        let answers = op_row(&mut w, &app, path, op).await;
        actual.push((format!("OP {path} {op}"), answers));
    }
    // POST routes: sign-outs last, they end the sessions.
    for (row, _) in rows.iter().filter(|(r, _)| r.starts_with("POST ")) {
        let mut answers = String::new();
        for (who, _) in RELATIONS.iter().enumerate() {
            answers.push(w.post(who, &row[5..], &[]).await);
        }
        actual.push((row.clone(), answers));
    }

    let mut wrong = Vec::new();
    assert_mails_are_plain_text(&app);
    // No form may post an op that has no row.
    let declared: BTreeSet<(String, String)> = ops
        .iter()
        .map(|(p, op)| (p.clone(), op.to_string()))
        .collect();
    for (path, op) in &rendered {
        let mut pattern = path.clone();
        for (o, code) in &w.codes {
            pattern = pattern.replace(code.as_str(), &format!("{{{o}}}"));
        }
        let known = declared.contains(&(pattern.clone(), op.clone()))
            || OWN_ACCOUNT_FORMS.contains(&pattern.as_str());
        if !known {
            wrong.push(format!("{pattern} posts op {op:?}, which has no row"));
        }
    }
    // Pages with a parameter are checked above, by the ops their rendered forms post.
    for page in FORM_PAGES.iter().filter(|p| !p.contains(':')) {
        if !OWN_ACCOUNT_FORMS.contains(page) && !ops.iter().any(|(p, _)| p == page) {
            wrong.push(format!("form page {page} has no op rows"));
        }
    }
    let expected: BTreeMap<&str, &str> = EXPECTED.iter().copied().collect();
    for (row, answers) in &actual {
        match expected.get(row.as_str()) {
            Some(want) if want == answers => {}
            Some(want) => wrong.push(format!("{row}: expected {want}, got {answers}")),
            None => wrong.push(format!("{row}: no row in EXPECTED")),
        }
    }
    let tried: BTreeSet<&str> = actual.iter().map(|(r, _)| r.as_str()).collect();
    for (row, _) in EXPECTED {
        if !tried.contains(row) {
            wrong.push(format!(
                "{row}: a row of the table that no route or form has"
            ));
        }
    }
    let cells: usize = actual.iter().map(|(_, a)| a.len()).sum();
    if !wrong.is_empty() {
        // The table as it stands, to compare with `EXPECTED` line by line.
        for (row, answers) in &actual {
            eprintln!("    (\"{row}\", \"{answers}\"),");
        }
    }
    assert!(
        wrong.is_empty(),
        "{} problems in {} rows ({cells} cells):\n{}",
        wrong.len(),
        actual.len(),
        wrong.join("\n")
    );
}

both_backends! {
    #[actix_web::test]
    matrix => the_matrix,
}
