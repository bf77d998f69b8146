DROP TABLE IF EXISTS "instance_settings";
