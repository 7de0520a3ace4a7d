"""The GUI in the user's language: Qt Linguist translations (.ts sources in
resources/i18n, .qm built from them), the choice of language, and the words the
GUI shows for the codebook's values, field names and the domain's messages,
which stay English in the data and the exports."""
