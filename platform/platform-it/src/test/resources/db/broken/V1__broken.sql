CREATE TABLE yg.ok_table (id int);
CREATE TABLE yg.broken (id int REFERENCES yg.no_such_table (id));
