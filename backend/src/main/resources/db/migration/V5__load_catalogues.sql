-- The service-area and profession catalogues, generated from reference-data/service_areas.csv and
-- reference-data/professions.csv (provenance in reference-data/README-catalogues.md). CatalogueTest checks that
-- the database and the CSV files agree. Later changes come as new migrations (retire with valid_to, never delete).

INSERT INTO service_area (code, parent_code, name_sv, name_en, sort_order) VALUES
    ('ifo', NULL, 'Individ- och familjeomsorg', 'Individual and family care', 10),
    ('socialpsykiatri', NULL, 'Kommun-/socialpsykiatri', 'Municipal/social psychiatry', 50),
    ('hsl', NULL, 'Kommunal hälso- och sjukvård', 'Municipal health care', 70),
    ('funktionsnedsattning', NULL, 'Funktionsnedsättning', 'Disability', 80),
    ('aldre', NULL, 'Äldre', 'Older people', 90),
    ('ledning', NULL, 'Ledning', 'Management', 100),
    ('barn_unga', 'ifo', 'Barn och unga', 'Children and young people', 20),
    ('missbruk', 'ifo', 'Missbruk och beroende', 'Substance abuse and addiction', 30),
    ('forsorjningsstod', 'ifo', 'Försörjningsstöd (ekonomiskt bistånd)', 'Income support (financial assistance)', 40),
    ('vald_nara_relation', 'ifo', 'Våld i nära relation och hedersrelaterat våld och förtryck', 'Domestic violence and honour-related violence and oppression', 60);

INSERT INTO profession (code, name_sv, name_en, ssyk_2012, sort_order) VALUES
    ('socionom', 'Socionom', 'Social worker (degree in social work)', NULL, 10),
    ('socialsekreterare', 'Socialsekreterare', 'Social secretary (municipal social worker)', '2661', 20),
    ('handlaggare', 'Handläggare (myndighetsutövning)', 'Case officer (exercise of public authority)', NULL, 30),
    ('bistandshandlaggare', 'Biståndshandläggare', 'Needs assessment officer', NULL, 40),
    ('behandlare', 'Behandlare', 'Treatment worker', NULL, 50),
    ('sjukskoterska', 'Sjuksköterska', 'Registered nurse', '2221', 60),
    ('specialistsjukskoterska', 'Specialistsjuksköterska', 'Specialist nurse', NULL, 70),
    ('distriktsskoterska', 'Distriktssköterska', 'District nurse', '2224', 80),
    ('specialistsjukskoterska_aldre', 'Specialistsjuksköterska, vård av äldre (äldreomsorgssköterska)', 'Specialist nurse in care of older people', '2227', 90),
    ('psykiatrisjukskoterska', 'Psykiatrisjuksköterska', 'Psychiatric nurse', '2225', 100),
    ('underskoterska', 'Undersköterska', 'Assistant nurse', NULL, 110),
    ('vardbitrade', 'Vårdbiträde', 'Care aide', '5330', 120),
    ('arbetsterapeut', 'Arbetsterapeut', 'Occupational therapist', '2273', 130),
    ('fysioterapeut', 'Fysioterapeut', 'Physiotherapist', '2272', 140),
    ('rehabiliteringspersonal', 'Rehabiliteringspersonal', 'Rehabilitation staff', NULL, 150),
    ('habiliteringspersonal', 'Habiliteringspersonal', 'Habilitation staff', NULL, 160),
    ('legitimerad_personal', 'Legitimerad personal (samlingsbegrepp)', 'Licensed health professionals (collective term)', NULL, 170),
    ('stodpedagog', 'Stödpedagog', 'Support educator', NULL, 180),
    ('omsorgsassistent', 'Omsorgsassistent', 'Care assistant (disability services)', NULL, 190),
    ('personlig_assistent', 'Personlig assistent', 'Personal assistant', '5343', 200),
    ('boendestodjare', 'Boendestödjare', 'Housing support worker', '5342', 210),
    ('handledare_vardare', 'Handledare/vårdare', 'Supervisor/carer', NULL, 220),
    ('barnskotare', 'Barnskötare', 'Childcare worker', '5311', 230),
    ('enhetschef', 'Enhetschef (första linjens chef)', 'Unit manager (first-line manager)', NULL, 240),
    ('chef', 'Chef (övriga chefer och ledare)', 'Manager (other managers and leaders)', NULL, 250),
    ('servicepersonal', 'Servicepersonal', 'Service staff', NULL, 260),
    ('outbildad_personal', 'Outbildad personal', 'Unqualified staff', NULL, 270),
    ('vikarie', 'Vikarie', 'Substitute staff', NULL, 280);
