-- Org hierarchy import: a node is found again by the stable key its file gives it (a code such as
-- "digital" or "BU-100"), so importing the same file twice updates names and owners and never
-- adds a second node. Nodes made before keys existed keep a null key (unique allows many nulls).
alter table org_node add column node_key varchar(100);
create unique index org_node_node_key on org_node (node_key);

-- The demo's sample hierarchy gets the keys of the sample org file (org/sample-org.yaml), so
-- importing that file into an existing demo database updates these nodes instead of copying them.
update org_node set node_key = 'sample-digital'
  where name = 'Sample Business Unit: Digital' and level = 'E1';
update org_node set node_key = 'sample-customer-experience'
  where name = 'Sample Department: Customer Experience' and level = 'E2';
update org_node set node_key = 'sample-service-channels'
  where name = 'Sample Portfolio: Service Channels' and level = 'E3';
update org_node set node_key = 'sample-support-assistant'
  where name = 'Sample Product: Support Assistant' and level = 'E4';
update org_node set node_key = 'sample-developer-portal'
  where name = 'Sample Product: Developer Portal' and level = 'E4';
