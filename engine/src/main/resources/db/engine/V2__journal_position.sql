-- The last command batch whose changes this database holds; the write-ahead journal replays what
-- comes after it on start-up (H2 files only).
CREATE TABLE journal_position (
  id INT PRIMARY KEY,
  batch BIGINT NOT NULL
);
INSERT INTO journal_position (id, batch) VALUES (1, 0);
