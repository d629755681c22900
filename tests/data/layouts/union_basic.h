// fields: i d bytes
union value {
    int i;
    double d;
    char bytes[12]; // the largest member: 12, rounded up to 16 by double's alignment
};
