"""The customer's own verdict (O1): CSAT, CES and NPS scales, the survey CSV parser and the
distributions team leaders read. Plain Python: no Qt, no ORM."""
