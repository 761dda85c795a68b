-- A database made with the server's defaults (createDatabaseIfNotExist on a bare MariaDB, whose
-- default is latin1) could not store the Portuguese demo flow. Tables created from here on take
-- utf8mb4; existing tables are left as they are. Run before each migration, on its connection:
-- a connection keeps the default it read when it selected the database.
ALTER DATABASE CHARACTER SET utf8mb4;
