//! Taking a public grievance out of public view: by its author, who confirms it, or by a
//! moderator of its territory, who says why (the author is told). Nobody else may.

use kenes_core::permissions::{Grant, Role};
use kenes_core::{both_backends, Backend};

use crate::accounts::{signed_in, signed_in_as, EMAIL};
use crate::handling::file;
use crate::helpers::{spawn_app, Browser};
use crate::mediation::{post, staff};

/// Whether the public reads the grievance's text (anyone may follow its state by its code).
async fn public(b: &mut Browser<'_>, code: &str) -> bool {
    let page = b.get_page(&format!("/g/{code}")).await;
    let listed = b.get_page("/grievances").await.contains(code);
    let text = page.contains("No hot water in building 5");
    assert!(!listed || text, "listed only while public");
    text
}

async fn authors_and_moderators_take_grievances_out_of_public_view(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut author = signed_in(&app).await;
    let mine = file(&mut author, "Broken lift with my flat number", "public").await;
    let theirs = file(&mut author, "The neighbour at flat 12 is a thief", "public").await;
    let mut anyone = app.browser();
    assert!(public(&mut anyone, &mine).await && public(&mut anyone, &theirs).await);

    // Another citizen is not offered the step, and may not take it.
    let other = "other@example.kz";
    let mut citizen = signed_in_as(&app, other, "Other").await;
    let g = format!("/g/{mine}");
    assert!(!citizen
        .get_page(&g)
        .await
        .contains("Take out of public view"));
    let page = post(&mut citizen, &g, &[("op", "hide"), ("confirm", "yes")]).await;
    assert!(
        page.contains("You do not have the right to do this."),
        "{page}"
    );

    // Its author, who must confirm that it is for good.
    let page = author.get_page(&g).await;
    assert!(page.contains("It cannot be made public again."), "{page}");
    let page = post(&mut author, &g, &[("op", "hide")]).await;
    assert!(
        page.contains(r#"id="hide-confirm-error" role="alert" class="error">Tick the box"#),
        "{page}"
    );
    assert!(public(&mut anyone, &mine).await, "nothing changed");
    let done = post(&mut author, &g, &[("op", "hide"), ("confirm", "yes")]).await;
    assert_eq!(done, format!("{g}?done=hide"));
    assert!(!public(&mut anyone, &mine).await);
    let page = author.get_page(&done).await;
    assert!(page.contains("It is out of public view now"), "{page}");
    assert!(
        page.contains(r#"Taken out of public view<!> · <span class="muted">citizen</span>"#),
        "{page}"
    );
    assert!(!page.contains("Take out of public view</summary>"), "once");

    // Another citizen reports it, once, saying why; its author is not offered to.
    let g = format!("/g/{theirs}");
    assert!(!author.get_page(&g).await.contains("Report this grievance"));
    let page = post(&mut citizen, &g, &[("op", "report"), ("report_reason", "")]).await;
    assert!(
        page.contains(r#"id="report-reason-error" role="alert" class="error">"#),
        "{page}"
    );
    let accusation = "It calls a named neighbour a thief.";
    let report = [("op", "report"), ("report_reason", accusation)];
    assert_eq!(
        post(&mut citizen, &g, &report).await,
        format!("{g}?done=report")
    );
    let page = post(&mut citizen, &g, &report).await;
    assert!(
        page.contains("You have already reported this grievance."),
        "{page}"
    );
    // The reader's own data export holds the report.
    let data: serde_json::Value = citizen.get("/account/export").await.json().await.unwrap();
    assert_eq!(data["reported"][0]["grievance"], theirs.as_str());
    assert_eq!(data["reported"][0]["reason"], accusation);

    // A moderator of another region may not act on it, nor sees the report.
    let mut far = staff(
        &app,
        "far@example.kz",
        Grant::new(Role::Moderator).kato("15"),
    )
    .await;
    assert!(!far.get_page("/moderation").await.contains(&theirs));
    let page = post(
        &mut far,
        &g,
        &[("op", "hide"), ("reason", "Names a neighbour.")],
    )
    .await;
    assert!(
        page.contains("You do not have the right to do this."),
        "{page}"
    );
    let mut moderator = staff(
        &app,
        "mod@example.kz",
        Grant::new(Role::Moderator).kato("11"),
    )
    .await;
    // One of this region finds it in the queue, with the reason, never the reader's name.
    let queue = moderator.get_page("/moderation").await;
    assert!(
        queue.contains("Reported grievances") && queue.contains(accusation),
        "{queue}"
    );
    assert!(
        !queue.contains("Other"),
        "who reported stays unknown: {queue}"
    );
    let page = moderator.get_page(&g).await;
    assert!(
        page.contains("Which rule it breaks") && page.contains(accusation),
        "{page}"
    );
    let page = post(&mut moderator, &g, &[("op", "hide"), ("reason", "")]).await;
    assert!(
        page.contains(r#"id="hide-reason-error" role="alert" class="error">"#),
        "{page}"
    );
    assert!(public(&mut anyone, &theirs).await, "nothing changed");
    let why = "It accuses a named neighbour of theft.";
    let back = post(&mut moderator, &g, &[("op", "hide"), ("reason", why)]).await;
    assert_eq!(back, format!("{g}?done=hide"));
    // The moderator reads what anyone reads now: its state, not its text.
    let page = moderator.get_page(&back).await;
    assert!(page.contains("It is out of public view now"), "{page}");
    assert!(!page.contains("No hot water in building 5"), "{page}");
    assert!(!public(&mut anyone, &theirs).await);
    assert!(
        !moderator.get_page("/moderation").await.contains(&theirs),
        "settled"
    );
    // Mail 1 confirmed the address, 2 and 3 the filings; the author's own step sends none.
    let mail = app.wait_for_mail(EMAIL, 4).await;
    assert_eq!(
        mail.subject,
        format!("Your grievance “The neighbour at flat 12 is a thief” ({theirs}) was taken out of public view")
    );
    assert!(mail.body.contains(why), "{}", mail.body);
    // Its author still follows it, with the reason on its timeline.
    let page = author.get_page(&g).await;
    let step = r#"Taken out of public view<!> · <span class="muted">moderator</span>"#;
    assert!(page.contains(why) && page.contains(step), "{page}");
}

/// A moderator who finds nothing against the rules dismisses the reports; it stays public.
async fn moderators_dismiss_reports(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut author = signed_in(&app).await;
    let code = file(&mut author, "Broken lift", "public").await;
    let g = format!("/g/{code}");
    let other = "other@example.kz";
    let mut citizen = signed_in_as(&app, other, "Other").await;
    let report = [
        ("op", "report"),
        (
            "report_reason",
            "I just do not like <script>it</script> at all.",
        ),
    ];
    let mut moderator = staff(
        &app,
        "mod@example.kz",
        Grant::new(Role::Moderator).kato("11"),
    )
    .await;
    post(&mut citizen, &g, &report).await;
    // The moderator of its territory hears of the first report, not of each.
    let mail = app.wait_for_mail("mod@example.kz", 2).await;
    assert_eq!(
        mail.subject,
        format!("A reader reported the grievance “Broken lift” ({code})")
    );
    assert!(mail.body.contains("/moderation"), "{}", mail.body);
    assert!(
        !mail.body.contains("do not like"),
        "the reasons stay in the queue"
    );
    let mut second = signed_in_as(&app, "second@example.kz", "Second").await;
    let again = [
        ("op", "report"),
        ("report_reason", "Same here, it names people."),
    ];
    assert_eq!(
        post(&mut second, &g, &again).await,
        format!("{g}?done=report")
    );
    let queued = crate::handling::queued_to(&app, "mod@example.kz").await;
    assert_eq!(queued.len(), 2, "no second mail: {queued:?}");
    // A reader's words are text wherever a moderator reads them.
    for page in [
        moderator.get_page("/moderation").await,
        moderator.get_page(&g).await,
    ] {
        assert!(
            page.contains("like &lt;script&gt;it&lt;/script&gt; at"),
            "{page}"
        );
        assert!(!page.contains("<script>it</script>"), "{page}");
    }
    // Only a moderator of its territory dismisses.
    let page = post(&mut citizen, &g, &[("op", "dismiss-reports")]).await;
    assert!(
        page.contains("You do not have the right to do this."),
        "{page}"
    );
    let done = post(&mut moderator, &g, &[("op", "dismiss-reports")]).await;
    assert_eq!(done, format!("{g}?done=dismiss-reports"));
    assert!(moderator
        .get_page(&done)
        .await
        .contains("The reports are dismissed."));
    assert!(!moderator.get_page("/moderation").await.contains(&code));
    assert!(public(&mut app.browser(), &code).await, "still public");
    let page = post(&mut moderator, &g, &[("op", "dismiss-reports")]).await;
    assert!(page.contains("There are no open reports on it."), "{page}");
}

both_backends! {
    #[actix_web::test]
    hiding => authors_and_moderators_take_grievances_out_of_public_view,
    dismissing => moderators_dismiss_reports,
}
