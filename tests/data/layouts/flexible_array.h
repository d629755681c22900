// fields: n c data
struct samples {
    int n;
    char c;
    int data[]; // flexible array member: sizeof does not count it
};
