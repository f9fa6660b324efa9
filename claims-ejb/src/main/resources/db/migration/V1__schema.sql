-- Reference data, accounts and the claim register.
-- Enums are stored as strings; every list the application pages through has an index that serves it.

CREATE TABLE member_state (
    code CHAR(3)      NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    CONSTRAINT uq_member_state_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE mission (
    code         VARCHAR(20)  NOT NULL PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    host_country VARCHAR(100) NOT NULL,
    kind         VARCHAR(30)  NOT NULL,
    started_on   DATE         NOT NULL,
    ended_on     DATE         NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    member_state  CHAR(3)      NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uq_account_username UNIQUE (username),
    CONSTRAINT fk_account_member_state FOREIGN KEY (member_state) REFERENCES member_state (code),
    CONSTRAINT ck_account_focal_point_state CHECK ((role = 'FOCAL_POINT') = (member_state IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE claim_reference_counter (
    year_received INT NOT NULL PRIMARY KEY,
    last_number   INT NOT NULL
) ENGINE = InnoDB;

CREATE TABLE claim (
    id                   BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reference            VARCHAR(20) NOT NULL,
    received_on          DATE        NOT NULL,
    claim_type           VARCHAR(30) NOT NULL,
    mission              VARCHAR(20) NOT NULL,
    allegation_reference VARCHAR(60) NULL,
    personnel_category   VARCHAR(30) NOT NULL,
    route                VARCHAR(20) NOT NULL,
    member_state         CHAR(3)     NULL,
    status               VARCHAR(30) NOT NULL,
    status_before_pause  VARCHAR(30) NULL,
    paternity_outcome    VARCHAR(20) NOT NULL,
    closure_reason       VARCHAR(30) NULL,
    claimant_pseudonym   VARCHAR(20) NOT NULL,
    last_event_on        DATE        NOT NULL,
    updated_at           DATETIME(6) NOT NULL,
    version              BIGINT      NOT NULL,
    CONSTRAINT uq_claim_reference UNIQUE (reference),
    CONSTRAINT uq_claim_pseudonym UNIQUE (claimant_pseudonym),
    CONSTRAINT fk_claim_mission FOREIGN KEY (mission) REFERENCES mission (code),
    CONSTRAINT fk_claim_member_state FOREIGN KEY (member_state) REFERENCES member_state (code),
    CONSTRAINT ck_claim_member_state_route CHECK (route <> 'MEMBER_STATE' OR member_state IS NOT NULL),
    INDEX ix_claim_updated (updated_at),
    INDEX ix_claim_state_route_updated (member_state, route, updated_at),
    INDEX ix_claim_status_updated (status, updated_at),
    INDEX ix_claim_mission_updated (mission, updated_at),
    INDEX ix_claim_received (received_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE claim_event (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    claim_id     BIGINT       NOT NULL,
    occurred_on  DATE         NOT NULL,
    recorded_at  DATETIME(6)  NOT NULL,
    actor        VARCHAR(64)  NOT NULL,
    actor_role   VARCHAR(20)  NOT NULL,
    action       VARCHAR(40)  NOT NULL,
    status_after VARCHAR(30)  NOT NULL,
    details      TEXT         NULL,
    CONSTRAINT fk_claim_event_claim FOREIGN KEY (claim_id) REFERENCES claim (id),
    INDEX ix_claim_event_claim (claim_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
