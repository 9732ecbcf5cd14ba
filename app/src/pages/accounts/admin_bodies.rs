//! Administration of responsible bodies and the rules that route grievances to them. The
//! domain (`kenes_core::grievances::routing`) checks the administrator's right on every change.

use crate::components::layout::StaffPage;
use crate::components::notice::{ErrorNotice, StatusNotice};
use kenes_core::permissions::Level;
use leptos::prelude::*;

use crate::components::table::ActionTable;

use crate::forms::Choice;
use crate::forms::{
    on_server, translated, use_form, Field, FormData, OpForm, Refusal, RefusalAt, SelectField,
};
use crate::i18n::t;

/// The steps this page's forms post.
#[cfg(feature = "ssr")]
pub const OPS: &[&str] = <server::Op as strum::VariantNames>::VARIANTS;

#[derive(Debug, Clone)]
struct RuleView {
    id: i64,
    kato: String,
    category: String,
    body: String,
}

#[derive(Debug, Clone, Default)]
struct BodiesPage {
    denied: bool,
    rules: Vec<RuleView>,
    categories: Vec<Choice>,
    form: FormData,
    /// A refused `body` or `rule`.
    error: Option<Refusal>,
    notice: Option<String>,
}

#[component]
pub fn AdminBodiesPage() -> impl IntoView {
    let filter = crate::address::query("kato");
    let page = on_server!(BodiesPage, server::load(filter.clone(), use_form()));
    view! {
        <StaffPage title="bodies-title" page render=move |p: BodiesPage| {
            let filter = filter.clone();
            if p.denied {
                return view! { <ErrorNotice message=t("err-forbidden") /> }.into_any();
            }
            let err = |form: &str, field: &str| p.error.at(form, field);
            let general = p.error.general();
            let value = |form: &str, name: &str| if p.form.get("op") == form { p.form.get(name) } else { String::new() };
            view! {
                <StatusNotice message=p.notice.clone() />
                <ErrorNotice message=general />
                <form method="get" action="/admin/bodies" class="filters">
                    <Field name="kato" label=t("bodies-filter") value=filter.clone() hint=Some(t("bodies-filter-hint")) />
                    <button type="submit">{t("list-filter")}</button>
                </form>
                <ActionTable caption="bodies-rules" heads=&["admin-kato", "track-category", "g-body"]
                    op="delete" action="bodies-delete" item="rule"
                    rows=p.rules.iter().cloned().map(|r| (r.id, vec![r.kato, r.category, r.body])).collect() />
                <h2>{t("bodies-rule-title")}</h2>
                <OpForm op="rule" submit="bodies-rule-add" id="rule-form" novalidate=true>
                    <Field name="rule_kato" label=t("admin-kato") value=value("rule", "rule_kato")
                        hint=Some(t("bodies-rule-kato-hint")) error=err("rule", "kato") />
                    <SelectField name="rule_category" label=t("track-category") selected=value("rule", "rule_category")
                        blank=Some(t("list-all")) error=err("rule", "category") options=p.categories.clone() />
                    <Field name="rule_body" label=t("bodies-code") value=value("rule", "rule_body") error=err("rule", "body") />
                </OpForm>
                <h2>{t("bodies-body-title")}</h2>
                <OpForm op="body" submit="bodies-save" id="body-form" novalidate=true>
                    <Field name="code" label=t("bodies-code") value=value("body", "code")
                        hint=Some(t("bodies-code-hint")) error=err("body", "code") />
                    <SelectField name="level" label=t("admin-level") selected=value("body", "level") error=err("body", "level")
                        options=translated(Level::ALL, "level-name-") />
                    <Field name="kato" label=t("admin-kato") value=value("body", "kato") error=err("body", "kato") />
                    <Field name="name_kk" label=t("bodies-name-kk") value=value("body", "name_kk") error=err("body", "name_kk") />
                    <Field name="name_ru" label=t("bodies-name-ru") value=value("body", "name_ru") error=err("body", "name_ru") />
                    <Field name="name_en" label=t("bodies-name-en") value=value("body", "name_en") error=err("body", "name_en") />
                </OpForm>
            }.into_any()
        } />
    }
}

#[cfg(feature = "ssr")]
mod server {
    use chrono::{NaiveDateTime, Utc};
    use kenes_core::db::interact;
    use kenes_core::error::Error;
    use kenes_core::grievances::routing::{self, BodyInput, Rule};
    use kenes_core::models::Category;
    use kenes_core::permissions::{allowed, Action, Grant};
    use kenes_core::{reference, Db};

    use super::{BodiesPage, Choice, RuleView};
    use crate::auth::use_user;
    use crate::forms::{field, FormData, Refusal};
    use crate::i18n::{t, use_locale};
    use crate::state::app_state;

    crate::forms::form_ops! {
        /// A body saved, a routing rule added, or one deleted.
        pub(super) enum Op {
            Body(BodyInput),
            Rule {
                #[serde(default)]
                rule_kato: String,
                #[serde(default)]
                rule_category: String,
                #[serde(default)]
                rule_body: String,
            },
            Delete {
                #[serde(default, deserialize_with = "field::number")]
                rule: i64,
            },
        }
    }

    /// Runs the posted step; returns the notice's key.
    fn perform(
        c: &mut Db,
        grants: &[Grant],
        f: &FormData,
        now: NaiveDateTime,
    ) -> Result<&'static str, Error> {
        match f.op::<Op>() {
            Some(Op::Body(input)) => routing::save_body(c, grants, &input).map(|_| "bodies-saved"),
            Some(Op::Rule {
                rule_kato,
                rule_category,
                rule_body,
            }) => routing::add_rule(c, grants, &rule_kato, &rule_category, rule_body.trim(), now)
                .map(|_| "bodies-rule-added"),
            Some(Op::Delete { rule }) => {
                routing::delete_rule(c, grants, rule).map(|_| "bodies-deleted")
            }
            None => Err(Error::Forbidden),
        }
    }

    fn rule_views(rules: &[Rule], categories: &[Category], lang: &str) -> Vec<RuleView> {
        let name_of = |code: &Option<String>| {
            code.as_ref()
                .and_then(|c| categories.iter().find(|x| &x.code == c))
                .map_or_else(|| t("list-all"), |x| x.name(lang).to_owned())
        };
        rules
            .iter()
            .map(|r| RuleView {
                id: r.id,
                kato: r.kato.clone().unwrap_or_else(|| "—".into()),
                category: name_of(&r.category),
                body: format!("{} ({})", r.body.name(lang), r.body.code),
            })
            .collect()
    }

    pub async fn load(filter: String, form: Option<FormData>) -> BodiesPage {
        let state = app_state();
        let Some(user) = use_user() else {
            return BodiesPage {
                denied: true,
                ..Default::default()
            };
        };
        let lang = use_locale().code();
        let posted = form.clone();
        let result = interact::<_, _, kenes_core::DbError>(&state.pool, move |c| {
            let grants = crate::auth::actor_of(c, &user)?.grants;
            if !allowed(&grants, Action::ManageReferenceData) {
                return Ok(None);
            }
            let now = Utc::now().naive_utc();
            let outcome =
                posted.map(|f| perform(c, &grants, &f, now).map_err(|e| (f.get("op"), e)));
            let rules = routing::rules_under(c, filter.trim(), 200)?;
            let categories = reference::categories_in_order(c)?;
            Ok(Some((outcome, rules, categories)))
        })
        .await;
        let (outcome, rules, categories) = match crate::errors::found_or(result, "bodies") {
            Ok(found) => found,
            Err(page) => return page,
        };
        let mut page = BodiesPage {
            rules: rule_views(&rules, &categories, lang),
            categories: categories.iter().map(|c| Choice::named(c, lang)).collect(),
            form: form.unwrap_or_default(),
            ..Default::default()
        };
        match outcome {
            Some(Ok(key)) => {
                page.notice = Some(t(key));
                page.form = FormData::default();
            }
            Some(Err((op, e))) => {
                page.error = Some(Refusal::each(op, crate::errors::explain_each(e, "bodies")));
            }
            None => {}
        }
        page
    }

    impl crate::errors::StandIn for BodiesPage {
        fn refuse(&mut self) {
            self.denied = true;
        }

        fn fail(&mut self, message: String) {
            self.error = Some(Refusal::page(message));
        }
    }
}
