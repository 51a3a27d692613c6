"""Relations between records, found by pure functions: copies and forwards so far."""
