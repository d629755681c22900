// fields: values tag more
struct ints {
    int values[5];
    char tag;
    short more[3];
};
