-- Sorting and filtering by value at 3M contracts: without it, "value between, sorted by value" scanned 500 ms.
create index contract_value_idx on contract (value_amount, id);
