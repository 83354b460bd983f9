"""German language processing: the spaCy pipeline and the extraction over its documents."""
