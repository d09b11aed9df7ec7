/**
 * Plans with sessions on the nights clocks change, in two zones, both ways: what the
 * daylight-saving tests read back, and what the host-time-zone test exports in every zone.
 * Each session runs for whole minutes (`60min`), so its event lasts exactly that.
 */
export const BERLIN_PLAN = `plan "Berlin clocks"
  start 2027-03-22
  timezone "Europe/Berlin"
week 1 {
  sun 01:45 run "Across the gap" 60min and 02:30 run "In the gap" 60min and 08:00 run "Morning" 60min
}
week 32 {
  sun 01:30 run "Into the repeat" 90min and 02:30 run "Twice" 60min and 03:00 run "After" 60min
}`;

/** In no zone of its own: the export's option gives it America/New_York. */
export const NEW_YORK_PLAN = `plan "New York clocks"
  start 2027-03-08
week 1 {
  sun 01:30 run "Across the gap" 60min and 02:30 run "In the gap" 60min
}
week 35 {
  sun 00:30 run "Into the repeat" 120min and 01:30 run "Twice" 60min and 06:00 run "Morning" 60min
}`;
