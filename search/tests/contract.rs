//! What every search engine behind `SearchEngine` must do, run against the embedded engine
//! and against a real Meilisearch server (`kenes_search::testing::MeiliServer`; without a
//! binary those tests fail and say how to get one).

use chrono::NaiveDate;
use kenes_search::embedded::Embedded;
use kenes_search::meili::Meili;
use kenes_search::testing::{MeiliServer, MASTER_KEY};
use kenes_search::{Facet, OutcomeDoc, Query, SearchEngine, Sort};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[allow(clippy::too_many_arguments)]
fn doc(
    id: i64,
    lang: &str,
    title: &str,
    summary: &str,
    region: &str,
    category: &str,
    result: &str,
    mediated: bool,
    closed: NaiveDate,
) -> OutcomeDoc {
    OutcomeDoc {
        id,
        title: title.into(),
        summary: summary.into(),
        lang: lang.into(),
        region: region.into(),
        level: if region == "11" { "regional" } else { "local" }.into(),
        category: category.into(),
        result: result.into(),
        mediated,
        filed: closed - chrono::Duration::days(20),
        closed,
        kind: "grievance".into(),
    }
}

fn corpus() -> Vec<OutcomeDoc> {
    vec![
        doc(1, "ru", "Нет горячей воды в доме",
            "Жители дома по улице Абая две недели без горячего водоснабжения. Акимат заменил трубы.",
            "75", "utilities", "agreement", true, day(2026, 3, 10)),
        doc(2, "kk", "Мектептегі жылу",
            "Ауылдағы мектептерде жылу жоқ. Әкімдік қазандықты жөндеді.",
            "11", "utilities", "answered", false, day(2025, 12, 1)),
        doc(3, "en", "Broken road to the village",
            "The road between the villages was repaired after mediation.",
            "11", "roads", "agreement", true, day(2026, 5, 1)),
        doc(4, "ru", "Ремонт дороги",
            "Дорогу к школе так и не отремонтировали.",
            "75", "roads", "not_resolved", false, day(2024, 9, 9)),
        doc(5, "ru", "Конфликт соседей",
            "Спор о земле между соседями урегулирован медиатором.",
            "63", "land", "agreement", true, day(2026, 1, 20)),
    ]
}

async fn loaded(engine: &dyn SearchEngine) {
    engine.clear().await.unwrap();
    engine.upsert(corpus()).await.unwrap();
}

fn text(t: &str) -> Query {
    Query {
        text: t.into(),
        per_page: 10,
        ..Default::default()
    }
}

async fn ids(engine: &dyn SearchEngine, q: &Query) -> Vec<i64> {
    engine
        .search(q)
        .await
        .unwrap()
        .hits
        .iter()
        .map(|d| d.id)
        .collect()
}

async fn obvious_matches_come_first(engine: &dyn SearchEngine) {
    loaded(engine).await;
    assert_eq!(ids(engine, &text("горячей воды")).await.first(), Some(&1));
    assert_eq!(ids(engine, &text("road village")).await.first(), Some(&3));
    assert!(ids(engine, &text("вулкан")).await.is_empty());
}

async fn typos_are_forgiven(engine: &dyn SearchEngine) {
    loaded(engine).await;
    assert_eq!(ids(engine, &text("водоснабжния")).await, [1]);
    assert_eq!(ids(engine, &text("medaition")).await, [3]);
}

async fn inflected_words_match(engine: &dyn SearchEngine) {
    loaded(engine).await;
    // Each inflected form finds its own language's document first; after it comes the
    // document that names the same thing in another language (the road, the school, the
    // repair: see `one_thing_is_found_in_three_languages`).
    // Russian: дорогами ~ дороги, дорогу.
    assert_eq!(ids(engine, &text("дорогами")).await, [4, 3]);
    // Kazakh: мектеп ~ мектептегі, мектептерде.
    assert_eq!(ids(engine, &text("мектеп")).await, [2, 4]);
    // English: repairs ~ repaired; then «Ремонт» and «жөндеді», repairs in Russian and
    // Kazakh, in either order.
    let repairs = ids(engine, &text("repairs")).await;
    assert_eq!(repairs.first(), Some(&3));
    let mut all = repairs.clone();
    all.sort();
    assert_eq!(all, [2, 3, 4], "{repairs:?}");
}

/// The domain's words mean the same in Kazakh, Russian and English: a query in any of them
/// finds the outcomes written in all three, its own language's first.
async fn one_thing_is_found_in_three_languages(engine: &dyn SearchEngine) {
    loaded(engine).await;
    engine
        .upsert(vec![
            doc(
                6,
                "en",
                "School bus route restored",
                "The school bus runs again from the village every morning.",
                "11",
                "transport",
                "answered",
                false,
                day(2026, 2, 1),
            ),
            doc(
                7,
                "ru",
                "Школьный автобус",
                "Школьный автобус снова ходит из села каждое утро.",
                "75",
                "transport",
                "agreement",
                true,
                day(2026, 2, 2),
            ),
            doc(
                8,
                "kk",
                "Мектеп автобусы",
                "Мектеп автобусы ауылдан күн сайын қайта жүреді.",
                "63",
                "transport",
                "agreement",
                false,
                day(2026, 2, 3),
            ),
        ])
        .await
        .unwrap();
    for (query, own) in [
        ("school bus", 6),
        ("школьного автобуса", 7),
        ("мектеп автобусы", 8),
    ] {
        let found = ids(engine, &text(query)).await;
        assert_eq!(found.first(), Some(&own), "{query}: {found:?}");
        let mut first_three = found.iter().take(3).copied().collect::<Vec<_>>();
        first_three.sort();
        assert_eq!(first_three, [6, 7, 8], "{query}: {found:?}");
    }
}

async fn facets_count_all_matches(engine: &dyn SearchEngine) {
    loaded(engine).await;
    let all = engine.search(&text("")).await.unwrap();
    assert_eq!(all.total, 5);
    assert_eq!(
        all.facets[&Facet::Region],
        [
            ("11".to_owned(), 2),
            ("75".to_owned(), 2),
            ("63".to_owned(), 1)
        ]
    );
    assert_eq!(
        all.facets[&Facet::Mediated],
        [("yes".to_owned(), 3), ("no".to_owned(), 2)]
    );
    assert_eq!(all.facets[&Facet::Year][0], ("2026".to_owned(), 3));
    assert_eq!(all.facets[&Facet::Result][0], ("agreement".to_owned(), 3));
}

async fn filters_narrow_and_recount(engine: &dyn SearchEngine) {
    loaded(engine).await;
    let mut q = text("");
    q.filters.insert(Facet::Region, "11".into());
    let found = engine.search(&q).await.unwrap();
    assert_eq!(found.total, 2);
    assert_eq!(found.facets[&Facet::Category].len(), 2);
    q.text = "road".into();
    assert_eq!(ids(engine, &q).await, [3]);
    q.filters.insert(Facet::Mediated, "no".into());
    assert!(ids(engine, &q).await.is_empty());
    let mut q = text("");
    q.filters.insert(Facet::Year, "2026".into());
    q.filters.insert(Facet::Result, "agreement".into());
    let mut got = ids(engine, &q).await;
    got.sort();
    assert_eq!(got, [1, 3, 5]);
}

/// A public dialogue's report stands beside the outcomes of grievances, as a kind of its own.
async fn dialogue_reports_are_a_kind(engine: &dyn SearchEngine) {
    loaded(engine).await;
    let mut report = doc(
        6,
        "ru",
        "Как сделать школьный двор безопасным?",
        "Общее мнение: нужен пешеходный переход у школы. Рекомендации акимату.",
        "11",
        "roads",
        "awaiting_answer",
        false,
        day(2026, 6, 1),
    );
    report.kind = "dialogue".into();
    engine.upsert(vec![report]).await.unwrap();
    let all = engine.search(&text("")).await.unwrap();
    assert_eq!(
        all.facets[&Facet::Kind],
        [("grievance".to_owned(), 5), ("dialogue".to_owned(), 1)]
    );
    let mut q = text("школа");
    q.filters.insert(Facet::Kind, "dialogue".into());
    assert_eq!(ids(engine, &q).await, [6]);
    q.filters.insert(Facet::Kind, "grievance".into());
    assert!(!ids(engine, &q).await.contains(&6));
}

async fn pages_follow_the_date_order(engine: &dyn SearchEngine) {
    loaded(engine).await;
    let mut q = Query {
        sort: Sort::Newest,
        per_page: 2,
        ..Default::default()
    };
    let mut seen = Vec::new();
    for page in 0..3 {
        q.page = page;
        let found = engine.search(&q).await.unwrap();
        assert_eq!(found.total, 5);
        seen.extend(found.hits.iter().map(|d| d.id));
    }
    assert_eq!(seen, [3, 1, 5, 2, 4]);
    q.page = 3;
    assert!(ids(engine, &q).await.is_empty());
}

async fn deleted_and_replaced_documents(engine: &dyn SearchEngine) {
    loaded(engine).await;
    engine.delete(vec![1]).await.unwrap();
    assert!(ids(engine, &text("горячей")).await.is_empty());
    let mut corrected = corpus().remove(2);
    corrected.title = "Bridge to the village".into();
    engine.upsert(vec![corrected]).await.unwrap();
    assert_eq!(ids(engine, &text("bridge")).await, [3]);
    assert!(ids(engine, &text("broken")).await.is_empty());
    assert_eq!(engine.search(&text("")).await.unwrap().total, 4);
    engine.clear().await.unwrap();
    assert_eq!(engine.search(&text("")).await.unwrap().total, 0);
}

/// A real Meilisearch server of the test's own (killed when the test ends: a server kept in
/// a static would outlive the test process).
async fn meili() -> (MeiliServer, Meili) {
    let server = MeiliServer::start();
    let engine = Meili::connect_to(&server.url(), Some(MASTER_KEY), "contract")
        .await
        .unwrap();
    (server, engine)
}

macro_rules! contract {
    ($($name:ident),* $(,)?) => {
        mod embedded {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    let engine = super::Embedded::in_memory().unwrap();
                    super::$name(&engine).await;
                }
            )*
        }
        mod meilisearch {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    let (_server, engine) = super::meili().await;
                    super::$name(&engine).await;
                }
            )*
        }
    };
}

contract!(
    obvious_matches_come_first,
    typos_are_forgiven,
    inflected_words_match,
    one_thing_is_found_in_three_languages,
    facets_count_all_matches,
    filters_narrow_and_recount,
    dialogue_reports_are_a_kind,
    pages_follow_the_date_order,
    deleted_and_replaced_documents,
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_embedded_index_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    {
        let engine = Embedded::open(dir.path()).unwrap();
        engine.upsert(corpus()).await.unwrap();
    }
    let engine = Embedded::open(dir.path()).unwrap();
    assert!(
        !engine.created(),
        "the index on disk was opened, not made anew"
    );
    assert_eq!(ids(&engine, &text("горячей воды")).await.first(), Some(&1));
}

/// An index an older Kenes left, with another schema, is replaced by an empty one that says
/// it must be filled; a new folder gets one that says the same.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_index_of_another_schema_is_replaced_and_refilled() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut old = tantivy::schema::Schema::builder();
        let title = old.add_text_field("title", tantivy::schema::TEXT);
        let index = tantivy::Index::create_in_dir(dir.path(), old.build()).unwrap();
        let mut writer: tantivy::IndexWriter = index.writer(15_000_000).unwrap();
        writer
            .add_document(tantivy::doc!(title => "Нет горячей воды"))
            .unwrap();
        writer.commit().unwrap();
    }
    let engine = Embedded::open(dir.path()).unwrap();
    assert!(engine.created());
    assert!(ids(&engine, &Query::default()).await.is_empty());
    engine.upsert(corpus()).await.unwrap();
    assert_eq!(ids(&engine, &text("горячей воды")).await.first(), Some(&1));

    let fresh = tempfile::tempdir().unwrap();
    assert!(Embedded::open(fresh.path()).unwrap().created());
}
