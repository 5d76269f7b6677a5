-- Who entered a follower count by hand (a snapshot read from the platform has none).
ALTER TABLE follower_snapshot ADD COLUMN entered_by VARCHAR(100);
