-- Runs once, when compose.yaml's PostgreSQL starts on an empty volume: Inngest's own database.
CREATE DATABASE inngest OWNER deltacrown;
