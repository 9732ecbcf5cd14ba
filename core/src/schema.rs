//! The diesel schema, shared by SQLite and PostgreSQL (see `migrations/`).

diesel::table! {
    mediation_levels (code) {
        code -> Text,
        rank -> Integer,
        name_kk -> Text,
        name_ru -> Text,
        name_en -> Text,
    }
}

diesel::table! {
    jurisdictions (kato) {
        kato -> Text,
        parent_kato -> Nullable<Text>,
        kind -> Text,
        name_kk -> Text,
        name_ru -> Text,
        name_en -> Text,
    }
}

diesel::table! {
    categories (code) {
        code -> Text,
        position -> Integer,
        sensitive -> Bool,
        name_kk -> Text,
        name_ru -> Text,
        name_en -> Text,
    }
}

diesel::table! {
    holidays (day) {
        day -> Date,
        kind -> Text,
        name_kk -> Text,
        name_ru -> Text,
        name_en -> Text,
    }
}

diesel::table! {
    grievances (id) {
        id -> BigInt,
        tracking_code -> Text,
        appeal_kind -> Text,
        category_code -> Text,
        jurisdiction_kato -> Text,
        level_code -> Text,
        title -> Text,
        body -> Text,
        lang -> Text,
        privacy -> Text,
        status -> Text,
        submitted_at -> Timestamp,
        due_on -> Date,
        updated_at -> Timestamp,
        is_demo -> Bool,
    }
}

diesel::joinable!(grievances -> categories (category_code));
diesel::joinable!(grievances -> jurisdictions (jurisdiction_kato));
diesel::joinable!(grievances -> mediation_levels (level_code));

diesel::allow_tables_to_appear_in_same_query!(
    mediation_levels,
    jurisdictions,
    categories,
    holidays,
    grievances,
);
