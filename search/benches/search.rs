//! The search engine on 100,000 generated outcomes: how long the index takes to build, and
//! search latency (p50, p95, p99) over a mix of queries with and without facets, typos and
//! inflected words. Not a test: `cargo bench -p kenes-search --bench search [-- COUNT]`.

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use kenes_search::embedded::Embedded;
use kenes_search::{Facet, OutcomeDoc, Query, SearchEngine, Sort};
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};

const TITLES: &[(&str, &str)] = &[
    ("ru", "Нет горячей воды в доме"),
    ("ru", "Дорога требует ремонта"),
    ("ru", "Не ходит школьный автобус"),
    ("ru", "Спор о пастбищах между соседями"),
    ("ru", "Задержка заработной платы на предприятии"),
    ("ru", "Незаконная свалка на берегу реки"),
    ("kk", "Мектеп автобусы жүрмейді"),
    ("kk", "Ыстық су жоқ"),
    ("kk", "Жайылым жер дауы"),
    ("kk", "Жол жөндеуді қажет етеді"),
    ("en", "No doctor at the village clinic"),
    ("en", "Unpaid wages at the factory"),
    ("en", "Illegal dump on the riverbank"),
];

const SENTENCES: &[&str] = &[
    "Жители жаловались несколько месяцев, акимат провёл проверку.",
    "После медиации стороны договорились о графике работ.",
    "Ответственный орган заменил трубы и восстановил подачу воды.",
    "Тұрғындар бірнеше ай шағымданды, әкімдік тексеру жүргізді.",
    "Медиациядан кейін тараптар жұмыс кестесі туралы келісті.",
    "The residents complained for months; the akimat inspected the site.",
    "After mediation the parties agreed on a schedule of repairs.",
    "Родители детей из соседних сёл просили восстановить маршрут.",
    "Ауыл мектептеріндегі балалар жаяу барады.",
];

const REGIONS: &[&str] = &[
    "10", "11", "15", "19", "23", "27", "31", "35", "39", "43", "47", "51", "55", "59", "61", "62",
    "63", "71", "75", "79",
];
const CATEGORIES: &[&str] = &[
    "healthcare",
    "education",
    "utilities",
    "roads_transport",
    "land",
    "housing",
    "social_support",
    "labour",
    "environment",
    "interethnic",
    "public_order",
    "other",
];
const RESULTS: &[&str] = &["agreement", "answered", "partial", "not_resolved"];
const LEVELS: &[&str] = &["local", "regional", "national"];

fn doc(rng: &mut StdRng, id: i64) -> OutcomeDoc {
    let (lang, title) = *TITLES.choose(rng).unwrap();
    let summary: Vec<&str> = (0..rng.random_range(2..5))
        .map(|_| *SENTENCES.choose(rng).unwrap())
        .collect();
    let closed = NaiveDate::from_ymd_opt(2022, 1, 1).unwrap()
        + chrono::Duration::days(rng.random_range(0..1700));
    OutcomeDoc {
        id,
        title: format!("{title} №{}", rng.random_range(1..500)),
        summary: summary.join(" "),
        lang: lang.into(),
        region: (*REGIONS.choose(rng).unwrap()).into(),
        level: (*LEVELS.choose(rng).unwrap()).into(),
        category: (*CATEGORIES.choose(rng).unwrap()).into(),
        result: (*RESULTS.choose(rng).unwrap()).into(),
        mediated: rng.random_bool(0.3),
        filed: closed - chrono::Duration::days(rng.random_range(5..90)),
        closed,
        kind: "grievance".into(),
    }
}

/// The query mix: words alone, words with one or two facets, facets alone, typos and
/// inflected forms, by relevance and by date, first and later pages.
fn query(rng: &mut StdRng) -> Query {
    const WORDS: &[&str] = &[
        "воды",
        "горячей воды",
        "дорогами",
        "автобус",
        "мектеп",
        "жол",
        "wages",
        "clinic",
        "пастбища",
        "медиации",
        "водоснабжния",
        "medaition",
        "свалка реки",
        "",
    ];
    let mut q = Query {
        text: (*WORDS.choose(rng).unwrap()).into(),
        per_page: 20,
        page: if rng.random_bool(0.2) {
            rng.random_range(1..5)
        } else {
            0
        },
        sort: if rng.random_bool(0.3) {
            Sort::Newest
        } else {
            Sort::Relevance
        },
        ..Default::default()
    };
    if rng.random_bool(0.5) {
        q.filters
            .insert(Facet::Region, (*REGIONS.choose(rng).unwrap()).into());
    }
    if rng.random_bool(0.3) {
        q.filters
            .insert(Facet::Category, (*CATEGORIES.choose(rng).unwrap()).into());
    }
    if rng.random_bool(0.2) {
        q.filters
            .insert(Facet::Year, rng.random_range(2022..2027).to_string());
    }
    if rng.random_bool(0.2) {
        q.filters.insert(Facet::Mediated, "yes".into());
    }
    q
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[i].as_secs_f64() * 1000.0
}

/// Bytes of the files in `dir` (the index is one flat folder of segment files).
fn size_on_disk(dir: &std::path::Path) -> u64 {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok()?.metadata().ok())
        .filter(|m| m.is_file())
        .map(|m| m.len())
        .sum()
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let count: i64 = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(100_000);
    let dir = tempfile::tempdir().unwrap();
    let engine = Embedded::open(dir.path()).unwrap();
    let mut rng = StdRng::seed_from_u64(2026);
    let docs: Vec<OutcomeDoc> = (1..=count).map(|id| doc(&mut rng, id)).collect();
    let started = Instant::now();
    for batch in docs.chunks(10_000) {
        engine.upsert(batch.to_vec()).await.unwrap();
    }
    let build = started.elapsed();
    println!(
        "index build: {count} outcomes in {:.1} s ({:.0}/s), {:.0} MiB on disk",
        build.as_secs_f64(),
        count as f64 / build.as_secs_f64(),
        size_on_disk(dir.path()) as f64 / (1024.0 * 1024.0)
    );

    // Warm the caches as a running server would be.
    for _ in 0..200 {
        engine.search(&query(&mut rng)).await.unwrap();
    }
    let mut times = Vec::new();
    let mut matched = 0usize;
    for _ in 0..2000 {
        let q = query(&mut rng);
        let t = Instant::now();
        let found = engine.search(&q).await.unwrap();
        times.push(t.elapsed());
        matched += found.total;
    }
    times.sort();
    println!(
        "search ({} queries, mean {} matches): p50 {:.2} ms, p95 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        times.len(),
        matched / times.len(),
        percentile(&times, 0.50),
        percentile(&times, 0.95),
        percentile(&times, 0.99),
        percentile(&times, 1.0),
    );
}
