CREATE TABLE review_case (demand_id TEXT PRIMARY KEY);
