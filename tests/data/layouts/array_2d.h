// fields: m tag names grid
struct matrix {
    short m[3][4];
    char tag;
    char names[4][10]; // four strings
    double grid[2][2];
};
