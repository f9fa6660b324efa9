-- Peace operations, current and closed. Claims keep arriving after a mission closes.
INSERT INTO mission (code, name, host_country, kind, started_on, ended_on) VALUES
('MINUJUSTH', 'United Nations Mission for Justice Support in Haiti', 'Haiti', 'PEACEKEEPING', '2017-10-16', '2019-10-15'),
('MINUSCA', 'United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic', 'Central African Republic', 'PEACEKEEPING', '2014-04-10', NULL),
('MINUSMA', 'United Nations Multidimensional Integrated Stabilization Mission in Mali', 'Mali', 'PEACEKEEPING', '2013-04-25', '2023-12-31'),
('MINUSTAH', 'United Nations Stabilization Mission in Haiti', 'Haiti', 'PEACEKEEPING', '2004-06-01', '2017-10-15'),
('MONUC', 'United Nations Organization Mission in the Democratic Republic of the Congo', 'Democratic Republic of the Congo', 'PEACEKEEPING', '1999-11-30', '2010-06-30'),
('MONUSCO', 'United Nations Organization Stabilization Mission in the Democratic Republic of the Congo', 'Democratic Republic of the Congo', 'PEACEKEEPING', '2010-07-01', NULL),
('UNAMI', 'United Nations Assistance Mission for Iraq', 'Iraq', 'SPECIAL_POLITICAL_MISSION', '2003-08-14', NULL),
('UNAMID', 'African Union-United Nations Hybrid Operation in Darfur', 'Sudan', 'PEACEKEEPING', '2007-07-31', '2020-12-31'),
('UNIFIL', 'United Nations Interim Force in Lebanon', 'Lebanon', 'PEACEKEEPING', '1978-03-19', NULL),
('UNITAMS', 'United Nations Integrated Transition Assistance Mission in Sudan', 'Sudan', 'SPECIAL_POLITICAL_MISSION', '2020-06-03', '2024-02-29'),
('UNMIL', 'United Nations Mission in Liberia', 'Liberia', 'PEACEKEEPING', '2003-09-19', '2018-03-30'),
('UNMISS', 'United Nations Mission in the Republic of South Sudan', 'South Sudan', 'PEACEKEEPING', '2011-07-09', NULL),
('UNOCI', 'United Nations Operation in Côte d''Ivoire', 'Côte d''Ivoire', 'PEACEKEEPING', '2004-04-04', '2017-06-30');
