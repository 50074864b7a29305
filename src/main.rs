fn main() {
    dateline::mount();
}
