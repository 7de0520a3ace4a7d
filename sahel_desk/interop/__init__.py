"""Exchange with other tools: ACLED-layout rows, Excel workbooks and CSV files,
in and out.

``incident_reader`` loads incidents in bulk as plain records; the writers take
those records and never touch the database, so the export service, the import
round-trip test and scripts share one definition of what an ACLED row is.
"""
