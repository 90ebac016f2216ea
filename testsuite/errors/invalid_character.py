price = €5
