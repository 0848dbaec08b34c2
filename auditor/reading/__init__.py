"""Reading: case files to pages of words with geometry (text layer, OCR, marks, cache)."""
