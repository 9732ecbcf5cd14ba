DROP TABLE commitment_links;
DROP TABLE commitments;
