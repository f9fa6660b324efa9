-- The report's dimensions (issue 16). The host country of each mission as a Member State's code, so that claims
-- group and filter by it (Haiti = MINUSTAH + MINUJUSTH); the name stays for display.
ALTER TABLE mission
    ADD COLUMN host_country_code CHAR(3) NULL,
    ADD CONSTRAINT fk_mission_host_country FOREIGN KEY (host_country_code) REFERENCES member_state (code),
    ADD INDEX ix_mission_host_country (host_country_code, code);

UPDATE mission SET host_country_code = CASE code
    WHEN 'MINUJUSTH' THEN 'HTI'
    WHEN 'MINUSTAH' THEN 'HTI'
    WHEN 'MINUSCA' THEN 'CAF'
    WHEN 'MINUSMA' THEN 'MLI'
    WHEN 'MONUC' THEN 'COD'
    WHEN 'MONUSCO' THEN 'COD'
    WHEN 'UNAMI' THEN 'IRQ'
    WHEN 'UNAMID' THEN 'SDN'
    WHEN 'UNIFIL' THEN 'LBN'
    WHEN 'UNITAMS' THEN 'SDN'
    WHEN 'UNMIL' THEN 'LBR'
    WHEN 'UNMISS' THEN 'SSD'
    WHEN 'UNOCI' THEN 'CIV'
END;

ALTER TABLE mission MODIFY host_country_code CHAR(3) NOT NULL;

-- The claim type, repeated on the state periods like the other filters, so that a metric filtered by type still
-- reads one table.
ALTER TABLE claim_state_period ADD COLUMN claim_type VARCHAR(30) NULL;

UPDATE claim_state_period p JOIN claim c ON c.id = p.claim_id SET p.claim_type = c.claim_type;

ALTER TABLE claim_state_period MODIFY claim_type VARCHAR(30) NOT NULL;
