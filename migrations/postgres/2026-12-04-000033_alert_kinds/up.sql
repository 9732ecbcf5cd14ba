-- Alerts of three more kinds: broken agreements at a body ('broken', whose detector came
-- before its kind was allowed here), and from public dialogues, statements held or hidden
-- much more than usual ('dialogue_hidden') and groups drifting apart ('dialogue_drift').
ALTER TABLE alerts DROP CONSTRAINT alerts_kind_check;
ALTER TABLE alerts ADD CONSTRAINT alerts_kind_check CHECK (kind IN ('spike', 'sensitive', 'cluster', 'surge', 'overdue', 'reopened', 'broken', 'dialogue_hidden', 'dialogue_drift'));

-- How far apart a dialogue's groups were each week (0: they vote alike, 1: opposite on
-- everything), so that a drift week on week shows.
CREATE TABLE dialogue_drift (
    dialogue_id BIGINT NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
    week TEXT NOT NULL,
    apart DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (dialogue_id, week)
);
