-- A post's fields: what templates print beside its title and body. Which a post has depends on its
-- kind (a spokesperson answer: question, answer, spokesperson; a briefing summary: spokesperson,
-- topics; any kind: hashtag). Topics are stored one a line.
ALTER TABLE post ADD COLUMN question VARCHAR(5000);
ALTER TABLE post ADD COLUMN answer VARCHAR(20000);
ALTER TABLE post ADD COLUMN spokesperson VARCHAR(100);
ALTER TABLE post ADD COLUMN topics VARCHAR(2100);
ALTER TABLE post ADD COLUMN hashtag VARCHAR(100);
