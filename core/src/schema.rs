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
        author_user_id -> Nullable<BigInt>,
        idempotency_key -> Nullable<Text>,
        body_code -> Nullable<Text>,
        assigned_at -> Nullable<Timestamp>,
        answer -> Nullable<Text>,
        answered_at -> Nullable<Timestamp>,
        rating -> Nullable<Integer>,
        duplicate_of -> Nullable<BigInt>,
        missed_notice_for -> Nullable<Date>,
        guest_email -> Nullable<Text>,
        guest_locale -> Nullable<Text>,
        guest_key_hash -> Nullable<Text>,
        mediated -> Bool,
        latitude -> Nullable<Double>,
        longitude -> Nullable<Double>,
        landmark -> Nullable<Text>,
    }
}

diesel::table! {
    guest_filings (token_hash) {
        token_hash -> Text,
        email -> Text,
        locale -> Text,
        fields -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        tracking_code -> Nullable<Text>,
        attachments -> Nullable<Text>,
    }
}

diesel::table! {
    grievance_events (id) {
        id -> BigInt,
        grievance_id -> BigInt,
        at -> Timestamp,
        status -> Nullable<Text>,
        actor_role -> Text,
        note -> Nullable<Text>,
        kind -> Nullable<Text>,
        detail -> Nullable<Text>,
    }
}

diesel::table! {
    bodies (code) {
        code -> Text,
        level_code -> Text,
        jurisdiction_kato -> Nullable<Text>,
        name_kk -> Text,
        name_ru -> Text,
        name_en -> Text,
        active -> Bool,
    }
}

diesel::table! {
    routing_rules (id) {
        id -> BigInt,
        jurisdiction_kato -> Nullable<Text>,
        category_code -> Nullable<Text>,
        body_code -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    supports (grievance_id, user_id) {
        grievance_id -> BigInt,
        user_id -> BigInt,
        at -> Timestamp,
    }
}

diesel::table! {
    grievance_reports (grievance_id, reporter_user_id) {
        grievance_id -> BigInt,
        reporter_user_id -> BigInt,
        reason -> Text,
        at -> Timestamp,
        resolved_at -> Nullable<Timestamp>,
        resolution -> Nullable<Text>,
    }
}

diesel::table! {
    attachments (id) {
        id -> Text,
        grievance_id -> BigInt,
        media_type -> Text,
        size -> BigInt,
        sha256 -> Text,
        original_name -> Text,
        created_at -> Timestamp,
        commitment_id -> Nullable<BigInt>,
    }
}

diesel::table! {
    /// Attempts counted across nodes (see the `limits` module).
    rate_limits (bucket, key) {
        bucket -> Text,
        key -> Text,
        tat -> BigInt,
    }
}

diesel::joinable!(attachments -> grievances (grievance_id));

diesel::table! {
    mediator_profiles (user_id) {
        user_id -> BigInt,
        bio -> Text,
        languages -> Text,
        specialisations -> Text,
        available -> Bool,
        cert_issuer -> Nullable<Text>,
        cert_number -> Nullable<Text>,
        cert_valid_until -> Nullable<Date>,
        updated_at -> Timestamp,
        hidden_from_public -> Bool,
    }
}

diesel::table! {
    mediator_ties (id) {
        id -> BigInt,
        mediator_user_id -> BigInt,
        kind -> Text,
        value -> Text,
        note -> Text,
        declared_at -> Timestamp,
    }
}

diesel::table! {
    mediations (id) {
        id -> BigInt,
        grievance_id -> BigInt,
        status -> Text,
        requested_by -> Text,
        hope -> Text,
        mediator_user_id -> Nullable<BigInt>,
        mediator_confirmed_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        room_locked -> Bool,
        slow_mode_secs -> Integer,
        public_mediator -> Bool,
    }
}

diesel::table! {
    room_messages (id) {
        id -> BigInt,
        mediation_id -> Nullable<BigInt>,
        parent_id -> Nullable<BigInt>,
        author_user_id -> Nullable<BigInt>,
        author_role -> Text,
        lang -> Text,
        body -> Text,
        created_at -> Timestamp,
        edited_at -> Nullable<Timestamp>,
        hidden_reason -> Nullable<Text>,
        hidden_at -> Nullable<Timestamp>,
        dialogue_id -> Nullable<BigInt>,
    }
}

diesel::table! {
    room_rules_accepted (mediation_id, user_id) {
        mediation_id -> BigInt,
        user_id -> BigInt,
        at -> Timestamp,
    }
}

diesel::table! {
    room_reports (id) {
        id -> BigInt,
        message_id -> BigInt,
        reporter_user_id -> Nullable<BigInt>,
        reason -> Text,
        at -> Timestamp,
        handled_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    room_mutes (id) {
        id -> BigInt,
        mediation_id -> Nullable<BigInt>,
        user_id -> BigInt,
        until -> Timestamp,
        dialogue_id -> Nullable<BigInt>,
    }
}

diesel::table! {
    room_moderation_log (id) {
        id -> BigInt,
        mediation_id -> Nullable<BigInt>,
        at -> Timestamp,
        actor_role -> Text,
        action -> Text,
        message_id -> Nullable<BigInt>,
        reason -> Text,
        dialogue_id -> Nullable<BigInt>,
    }
}

diesel::joinable!(room_reports -> room_messages (message_id));
diesel::joinable!(room_messages -> mediations (mediation_id));

diesel::table! {
    room_stakeholders (mediation_id, user_id) {
        mediation_id -> BigInt,
        user_id -> BigInt,
        kind -> Text,
        invited_at -> Timestamp,
        removed_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    mediation_sessions (id) {
        id -> BigInt,
        mediation_id -> BigInt,
        starts_at -> Timestamp,
        minutes -> Integer,
        place -> Text,
        agenda -> Text,
        created_at -> Timestamp,
        cancelled_at -> Nullable<Timestamp>,
        cancel_reason -> Nullable<Text>,
    }
}

diesel::table! {
    room_interests (mediation_id, party) {
        mediation_id -> BigInt,
        party -> Text,
        summary -> Text,
        pinned_at -> Timestamp,
    }
}

diesel::table! {
    room_proposals (id) {
        id -> BigInt,
        mediation_id -> BigInt,
        author_user_id -> Nullable<BigInt>,
        author_role -> Text,
        text -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    proposal_votes (proposal_id, user_id) {
        proposal_id -> BigInt,
        user_id -> BigInt,
        vote -> Text,
        reason -> Nullable<Text>,
        at -> Timestamp,
    }
}

diesel::table! {
    agreements (id) {
        id -> BigInt,
        mediation_id -> BigInt,
        text -> Text,
        status -> Text,
        drafted_at -> Timestamp,
    }
}

diesel::table! {
    agreement_responses (agreement_id, party) {
        agreement_id -> BigInt,
        party -> Text,
        accepted -> Bool,
        publish -> Bool,
        reason -> Nullable<Text>,
        at -> Timestamp,
    }
}

diesel::table! {
    commitments (id) {
        id -> BigInt,
        agreement_id -> BigInt,
        party -> Text,
        body_code -> Nullable<Text>,
        what -> Text,
        due_on -> Date,
        check_how -> Text,
        state -> Text,
        report -> Nullable<Text>,
        report_note -> Nullable<Text>,
        reported_at -> Nullable<Timestamp>,
        confirmation -> Nullable<Text>,
        confirm_note -> Nullable<Text>,
        confirmed_at -> Nullable<Timestamp>,
        asked_at -> Nullable<Timestamp>,
        lapsed_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    mediation_feedback (mediation_id, party) {
        mediation_id -> BigInt,
        party -> Text,
        neutral -> Integer,
        heard -> Integer,
        clear -> Integer,
        again -> Integer,
        comment -> Nullable<Text>,
        at -> Timestamp,
    }
}

diesel::joinable!(mediation_feedback -> mediations (mediation_id));

diesel::table! {
    appeals (id) {
        id -> BigInt,
        grievance_id -> BigInt,
        answer_at -> Timestamp,
        from_body_code -> Nullable<Text>,
        from_level -> Text,
        to_level -> Text,
        rating -> Integer,
        reason -> Text,
        at -> Timestamp,
    }
}

diesel::joinable!(appeals -> grievances (grievance_id));

diesel::table! {
    commitment_links (digest) {
        digest -> Text,
        commitment_id -> BigInt,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::joinable!(commitments -> agreements (agreement_id));
diesel::joinable!(agreements -> mediations (mediation_id));
diesel::joinable!(commitment_links -> commitments (commitment_id));

diesel::table! {
    mediation_parties (mediation_id, party) {
        mediation_id -> BigInt,
        party -> Text,
        decision -> Nullable<Text>,
        reason -> Nullable<Text>,
        objection -> Nullable<Text>,
        decided_at -> Nullable<Timestamp>,
        allow_observers -> Bool,
    }
}

diesel::joinable!(mediations -> grievances (grievance_id));
diesel::joinable!(mediation_parties -> mediations (mediation_id));

diesel::table! {
    drafts (user_id) {
        user_id -> BigInt,
        fields -> Text,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    mail_optouts (user_id, kind) {
        user_id -> BigInt,
        kind -> Text,
    }
}

diesel::joinable!(routing_rules -> bodies (body_code));
diesel::joinable!(grievances -> bodies (body_code));
diesel::joinable!(supports -> grievances (grievance_id));
diesel::joinable!(grievance_reports -> grievances (grievance_id));

diesel::joinable!(grievance_events -> grievances (grievance_id));

diesel::joinable!(grievances -> categories (category_code));
diesel::joinable!(grievances -> jurisdictions (jurisdiction_kato));
diesel::joinable!(grievances -> mediation_levels (level_code));

diesel::allow_tables_to_appear_in_same_query!(
    mediation_levels,
    jurisdictions,
    categories,
    holidays,
    grievances,
    grievance_events,
    bodies,
    routing_rules,
    supports,
    grievance_reports,
    attachments,
    mediations,
    mediation_parties,
    room_messages,
    room_reports,
    room_stakeholders,
    mediation_sessions,
    agreements,
    commitments,
    commitment_links,
    mediation_feedback,
    appeals,
);

diesel::table! {
    thread_versions (venue) {
        venue -> Text,
        version -> BigInt,
    }
}

diesel::table! {
    users (id) {
        id -> BigInt,
        email -> Text,
        email_verified_at -> Nullable<Timestamp>,
        password_hash -> Text,
        display_name -> Text,
        locale -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        legal_name -> Nullable<Text>,
        totp_secret -> Nullable<Text>,
        totp_enabled_at -> Nullable<Timestamp>,
        totp_last_step -> Nullable<BigInt>,
        is_demo -> Bool,
    }
}

diesel::table! {
    sessions (id) {
        id -> Text,
        user_id -> BigInt,
        refresh_hash -> Text,
        previous_refresh_hash -> Nullable<Text>,
        created_at -> Timestamp,
        refreshed_at -> Timestamp,
        expires_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
        ip -> Nullable<Text>,
        user_agent -> Nullable<Text>,
    }
}

diesel::table! {
    email_tokens (token_hash) {
        token_hash -> Text,
        user_id -> BigInt,
        purpose -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    login_failures (id) {
        id -> BigInt,
        user_id -> BigInt,
        at -> Timestamp,
    }
}

diesel::table! {
    mail_outbox (id) {
        id -> BigInt,
        recipient -> Text,
        subject -> Text,
        body -> Text,
        created_at -> Timestamp,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        locked_until -> Nullable<Timestamp>,
        sent_at -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
    }
}

diesel::table! {
    audit_log (id) {
        id -> BigInt,
        at -> Timestamp,
        actor_user_id -> Nullable<BigInt>,
        action -> Text,
        subject -> Nullable<Text>,
        ip -> Nullable<Text>,
        user_agent -> Nullable<Text>,
    }
}

diesel::table! {
    role_grants (id) {
        id -> BigInt,
        user_id -> BigInt,
        role -> Text,
        body_code -> Nullable<Text>,
        level_code -> Nullable<Text>,
        jurisdiction_kato -> Nullable<Text>,
        granted_by -> Nullable<BigInt>,
        granted_at -> Timestamp,
        revoked_by -> Nullable<BigInt>,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    recovery_codes (code_hash) {
        code_hash -> Text,
        user_id -> BigInt,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::joinable!(role_grants -> users (user_id));
diesel::joinable!(recovery_codes -> users (user_id));
diesel::joinable!(sessions -> users (user_id));
diesel::joinable!(email_tokens -> users (user_id));
diesel::joinable!(login_failures -> users (user_id));
diesel::allow_tables_to_appear_in_same_query!(
    users,
    sessions,
    email_tokens,
    login_failures,
    role_grants,
    recovery_codes,
);

diesel::joinable!(mediator_profiles -> users (user_id));
diesel::allow_tables_to_appear_in_same_query!(mediator_profiles, users);
diesel::allow_tables_to_appear_in_same_query!(mediator_profiles, role_grants);

diesel::table! {
    outcomes (id) {
        id -> BigInt,
        grievance_id -> Nullable<BigInt>,
        title -> Text,
        summary -> Text,
        result -> Text,
        lang -> Text,
        level_code -> Text,
        region_kato -> Text,
        category_code -> Text,
        filed_on -> Date,
        closed_on -> Date,
        mediated -> Bool,
        status -> Text,
        published_at -> Timestamp,
        updated_at -> Timestamp,
        kind -> Text,
        dialogue_id -> Nullable<BigInt>,
    }
}

diesel::table! {
    outcome_notes (id) {
        id -> BigInt,
        outcome_id -> BigInt,
        at -> Timestamp,
        kind -> Text,
        note -> Text,
    }
}

diesel::table! {
    search_outbox (id) {
        id -> BigInt,
        outcome_id -> BigInt,
        created_at -> Timestamp,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        done_at -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
    }
}

diesel::joinable!(outcomes -> grievances (grievance_id));
diesel::joinable!(outcome_notes -> outcomes (outcome_id));
diesel::allow_tables_to_appear_in_same_query!(outcomes, grievances, outcome_notes);

diesel::joinable!(room_stakeholders -> users (user_id));
diesel::allow_tables_to_appear_in_same_query!(room_stakeholders, users);
// A thread is read with its authors' names.
diesel::allow_tables_to_appear_in_same_query!(room_messages, users);

diesel::table! {
    api_keys (id) {
        id -> BigInt,
        name -> Text,
        key_hash -> Text,
        created_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    alerts (id) {
        id -> BigInt,
        kind -> Text,
        dedupe_key -> Text,
        level_code -> Text,
        kato -> Text,
        category_code -> Nullable<Text>,
        body_code -> Nullable<Text>,
        detail -> Text,
        state -> Text,
        note -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    alert_grievances (alert_id, grievance_id) {
        alert_id -> BigInt,
        grievance_id -> BigInt,
    }
}

diesel::joinable!(alert_grievances -> alerts (alert_id));
diesel::joinable!(alert_grievances -> grievances (grievance_id));
diesel::allow_tables_to_appear_in_same_query!(alerts, alert_grievances, grievances);

// Rollups kept by triggers (migration 000018): read by the dashboard and accountability.
diesel::table! {
    grievance_tallies (jurisdiction_kato, category_code, status) {
        jurisdiction_kato -> Text,
        category_code -> Text,
        status -> Text,
        n -> BigInt,
        n_public -> BigInt,
    }
}

diesel::table! {
    open_due_tallies (jurisdiction_kato, due_on) {
        jurisdiction_kato -> Text,
        due_on -> Date,
        n -> BigInt,
    }
}

diesel::table! {
    daily_filings (jurisdiction_kato, day) {
        jurisdiction_kato -> Text,
        day -> Date,
        n -> BigInt,
    }
}

diesel::table! {
    body_tallies (region, body_code, days) {
        region -> Text,
        body_code -> Text,
        days -> Integer,
        handled -> BigInt,
        on_time -> BigInt,
        mediated -> BigInt,
        mediated_resolved -> BigInt,
        rating_sum -> BigInt,
        rating_n -> BigInt,
    }
}

diesel::table! {
    dialogues (id) {
        id -> BigInt,
        question -> Text,
        background_kk -> Text,
        background_ru -> Text,
        background_en -> Text,
        kato -> Nullable<Text>,
        facilitator_user_id -> BigInt,
        opened_by_user_id -> BigInt,
        approved_by_user_id -> Nullable<BigInt>,
        opens_on -> Date,
        closes_on -> Date,
        residents_only -> Bool,
        alert_id -> Nullable<BigInt>,
        created_at -> Timestamp,
        revision -> BigInt,
        room_locked -> Bool,
        slow_mode_secs -> Integer,
    }
}

diesel::table! {
    dialogue_maps (dialogue_id) {
        dialogue_id -> BigInt,
        revision -> BigInt,
        votes -> BigInt,
        statement_ids -> Text,
        map -> Text,
        computed_at -> Timestamp,
    }
}

diesel::table! {
    dialogue_bodies (dialogue_id, body_code) {
        dialogue_id -> BigInt,
        body_code -> Text,
    }
}

diesel::table! {
    dialogue_grievances (dialogue_id, grievance_id) {
        dialogue_id -> BigInt,
        grievance_id -> BigInt,
    }
}

diesel::table! {
    dialogue_participants (dialogue_id, user_id) {
        dialogue_id -> BigInt,
        user_id -> BigInt,
        kind -> Text,
        joined_at -> Timestamp,
    }
}

diesel::table! {
    dialogue_statements (id) {
        id -> BigInt,
        dialogue_id -> BigInt,
        author_user_id -> Nullable<BigInt>,
        body -> Text,
        lang -> Text,
        seed -> Bool,
        state -> Text,
        hidden_reason -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    dialogue_votes (statement_id, user_id) {
        statement_id -> BigInt,
        user_id -> BigInt,
        vote -> Integer,
        at -> Timestamp,
    }
}

diesel::joinable!(dialogue_votes -> dialogue_statements (statement_id));
diesel::joinable!(dialogue_statements -> dialogues (dialogue_id));
diesel::joinable!(dialogue_participants -> dialogues (dialogue_id));
diesel::joinable!(dialogue_bodies -> dialogues (dialogue_id));
diesel::joinable!(dialogue_bodies -> bodies (body_code));
diesel::table! {
    dialogue_drift (dialogue_id, week) {
        dialogue_id -> BigInt,
        week -> Text,
        apart -> Double,
    }
}

diesel::table! {
    dialogue_reports (dialogue_id) {
        dialogue_id -> BigInt,
        recommendations -> Text,
        findings -> Text,
        published_by_user_id -> BigInt,
        published_at -> Timestamp,
        answer_due_on -> Date,
        escalated_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    dialogue_answers (dialogue_id, body_code) {
        dialogue_id -> BigInt,
        body_code -> Text,
        points -> Text,
        answered_by_user_id -> BigInt,
        answered_at -> Timestamp,
    }
}

diesel::joinable!(dialogue_maps -> dialogues (dialogue_id));
diesel::allow_tables_to_appear_in_same_query!(
    dialogues,
    dialogue_maps,
    dialogue_reports,
    dialogue_answers,
    dialogue_bodies,
    dialogue_grievances,
    dialogue_participants,
    dialogue_statements,
    dialogue_votes,
    users,
    bodies,
);
